package vn.cchcflow.plan;

import vn.cchcflow.AppOnH2;

/** The foundation scenario on the embedded default database (in memory for the test). */
@AppOnH2
class PlanLifecycleOnH2Tests extends PlanLifecycleApiScenario {
}
