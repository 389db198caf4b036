package vn.cchcflow.integrity;

import vn.cchcflow.AppOnH2;

/** The authorization matrix on the embedded H2, in the normal test run. */
@AppOnH2
class AuthorizationMatrixOnH2Tests extends AuthorizationMatrixScenario {
}
