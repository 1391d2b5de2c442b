package org.accommodationdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
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

  /** A class the persistence layer manages: an entity of the domain. */
  private static final DescribedPredicate<JavaClass> ENTITY =
      DescribedPredicate.describe(
          "a JPA entity", c -> c.isAnnotatedWith("jakarta.persistence.Entity"));

  /**
   * The interfaces may name the domain's values, enumerations, exceptions and limits (a status, a
   * category, a refusal, TextLimits), never its entities: what they show comes from the
   * application's read models, what they change goes through an application service. Constants of
   * an entity (a name's longest length) are compiled into the caller and are no dependency.
   */
  @Test
  void interfacesNeverHoldOrCallEntities() {
    noClasses()
        .that()
        .resideInAPackage("org.accommodationdesk.interfaces..")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "the method belongs to an entity", call -> ENTITY.test(call.getTargetOwner())))
        .orShould()
        .callConstructorWhere(
            DescribedPredicate.describe(
                "the constructor belongs to an entity", call -> ENTITY.test(call.getTargetOwner())))
        .check(CLASSES);
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.accommodationdesk.interfaces..")
        .should()
        .haveRawType(ENTITY)
        .check(CLASSES);
    noMethods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.accommodationdesk.interfaces..")
        .should()
        .haveRawReturnType(ENTITY)
        .orShould(
            new com.tngtech.archunit.lang.ArchCondition<JavaCodeUnit>("take an entity") {
              @Override
              public void check(
                  JavaCodeUnit method, com.tngtech.archunit.lang.ConditionEvents events) {
                boolean takes = method.getRawParameterTypes().stream().anyMatch(ENTITY::test);
                if (takes) {
                  events.add(
                      com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                          method, method.getFullName() + " takes an entity"));
                }
              }
            }.as("take an entity"))
        .check(CLASSES);
  }
}
