package org.accommodationdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shape of the code (docs/architecture.md) as rules the build checks. */
class LayeringTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.accommodationdesk");

  @Test
  void layersDependOnlyInward() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Domain")
        .definedBy("org.accommodationdesk.domain..")
        .layer("Application")
        .definedBy("org.accommodationdesk.application..")
        .layer("Infrastructure")
        .definedBy("org.accommodationdesk.infrastructure..")
        .layer("Interfaces")
        .definedBy("org.accommodationdesk.interfaces..")
        .whereLayer("Interfaces")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Infrastructure")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Interfaces")
        .check(CLASSES);
  }

  @Test
  void theDomainUsesNoJakartaApiButPersistenceMapping() {
    noClasses()
        .that()
        .resideInAPackage("org.accommodationdesk.domain..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("jakarta..").and(not(resideInAPackage("jakarta.persistence.."))))
        .check(CLASSES);
  }

  @Test
  void interfacesNeverTouchRepositories() {
    noClasses()
        .that()
        .resideInAPackage("org.accommodationdesk.interfaces..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.persistence..")
        .check(CLASSES);
  }
}
