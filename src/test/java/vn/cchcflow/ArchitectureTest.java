package vn.cchcflow;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules the house is built on, kept by the compiler's output rather than by memory: one
 * package per capability with no cycles between them, each capability's {@code internal} package private
 * to it, and the floors (what may use what) as DESIGN and STYLE describe them.
 */
class ArchitectureTest {

  private static JavaClasses app;

  @BeforeAll
  static void importTheApplication() {
    app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("vn.cchcflow");
  }

  @Test
  void capabilities_do_not_depend_on_each_other_in_a_circle() {
    slices().matching("vn.cchcflow.(*)..").should().beFreeOfCycles().check(app);
  }

  @Test
  void an_internal_package_is_used_only_by_its_own_capability() {
    for (String capability : new String[] {"planimport", "report", "tasklifecycle"}) {
      classes().that().resideInAPackage("vn.cchcflow." + capability + ".internal..")
          .should().onlyBeAccessed().byAnyPackage("vn.cchcflow." + capability + "..")
          .check(app);
    }
  }

  @Test
  void capabilities_keep_to_their_floors() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("application").definedBy("vn.cchcflow")
        .layer("demo").definedBy("vn.cchcflow.demo..")
        .layer("reports").definedBy("vn.cchcflow.report..")
        .layer("import").definedBy("vn.cchcflow.planimport..")
        .layer("plans").definedBy("vn.cchcflow.plan..")
        .layer("notices").definedBy("vn.cchcflow.notification..")
        .layer("lifecycle").definedBy("vn.cchcflow.tasklifecycle..")
        .layer("integrity").definedBy("vn.cchcflow.integrity..")
        .layer("organisation").definedBy("vn.cchcflow.organisation..")
        .layer("schedule").definedBy("vn.cchcflow.schedule..")
        .layer("system").definedBy("vn.cchcflow.system..")
        .whereLayer("application").mayNotBeAccessedByAnyLayer()
        .whereLayer("demo").mayNotBeAccessedByAnyLayer()
        .whereLayer("reports").mayOnlyBeAccessedByLayers("demo")
        .whereLayer("import").mayOnlyBeAccessedByLayers("application", "demo")
        .whereLayer("plans").mayOnlyBeAccessedByLayers("import", "reports", "demo")
        .whereLayer("notices").mayOnlyBeAccessedByLayers("plans", "reports", "demo")
        .whereLayer("lifecycle").mayOnlyBeAccessedByLayers("plans", "notices", "import", "reports", "demo")
        .whereLayer("integrity").mayNotBeAccessedByAnyLayer()
        .whereLayer("organisation").mayOnlyBeAccessedByLayers("lifecycle", "plans", "notices", "import", "reports",
            "demo", "integrity")
        .whereLayer("schedule").mayOnlyBeAccessedByLayers("organisation", "lifecycle", "plans", "notices", "import",
            "reports", "demo")
        .check(app);
  }
}
