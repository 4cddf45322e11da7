package org.newstables.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every NewsTables micro-benchmark shares, inherited by its subclasses (JMH reads the
 * annotations of a benchmark's superclasses; its sample 24): the average time of an operation in
 * nanoseconds — with {@code @OperationsPerInvocation(Texts.CHARS)}, a time per character — two forks
 * in a 2 GB heap, five 2 s iterations after five of warm-up, and the {@code folder} parameter.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public abstract class PerCharacter {

    /** A folder of one's own {@code .txt} articles ({@code -p folder=...}); empty for the generated ones ({@link Texts#articles(String)}). */
    @Param("")
    public String folder;
}
