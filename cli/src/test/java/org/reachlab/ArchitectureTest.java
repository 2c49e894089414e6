package org.reachlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code, checked on every class of the project (the command's module sees all
 * the others): no package cycles, and module dependencies that point one way, from the command
 * down to the data.
 */
@AnalyzeClasses(packages = "org.reachlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages of the models-dl4j module: the families on ND4J and DL4J and their encoding. */
    private static final String[] DL4J_PACKAGES = {"org.reachlab.models.encoding..", "org.reachlab.models.logistic..",
            "org.reachlab.models.neural..", "org.reachlab.models.speed.."};

    /** Every package is a slice of its own ({@code (**)} captures the whole package name). */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.reachlab.(**)")
            .should().beFreeOfCycles();

    /** data-prep ← nlp-signals ← models ← pipeline ← evaluation ← cli. */
    @ArchTest
    static final ArchRule modulesAreLayeredAsThePipeline = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("data").definedBy("org.reachlab.data..")
            .layer("signals").definedBy("org.reachlab.signals..")
            .layer("models").definedBy("org.reachlab.models..")
            .layer("pipeline").definedBy("org.reachlab.pipeline..")
            .layer("evaluation").definedBy("org.reachlab.evaluation..")
            .layer("cli").definedBy("org.reachlab.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("evaluation").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("evaluation", "cli")
            .whereLayer("models").mayOnlyBeAccessedByLayers("pipeline", "evaluation", "cli")
            .whereLayer("signals").mayOnlyBeAccessedByLayers("pipeline", "evaluation", "cli")
            .whereLayer("data").mayOnlyBeAccessedByLayers("signals", "models", "pipeline", "evaluation", "cli");

    /** The model contract and the count families carry neither the native nor the text libraries. */
    @ArchTest
    static final ArchRule modelsCoreNeedsNoNativeOrTextLibraries = noClasses()
            .that().resideInAPackage("org.reachlab.models..").and().resideOutsideOfPackages(DL4J_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "edu.stanford.nlp..")
            .orShould().dependOnClassesThat().resideInAnyPackage(DL4J_PACKAGES);

}
