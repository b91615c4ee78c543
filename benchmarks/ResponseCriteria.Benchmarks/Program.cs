using System;
using System.Diagnostics;
using BenchmarkDotNet.Running;
using ResponseCriteria.Benchmarks;
using ResponseCriteria.Cohorts;
using ResponseCriteria.Recist11;

// "generate N FILE": writes N synthetic patients as a long lesion table for `recist batch`, in the format of the file's
// extension (.parquet, .arrow/.feather/.ipc, anything else CSV).
if (args.Length == 3 && args[0] == "generate")
{
    var count = long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    var format = ResponseCriteria.Batch.TableFormats.FromPath(args[2]);
    var clock = Stopwatch.StartNew();
    var rows = ResponseCriteria.Batch.LongTableWriter.Write(args[2], format, SyntheticCohort.Stream(count, 1));
    Console.WriteLine($"wrote {args[2]}: {count} patients, {rows} rows in {clock.Elapsed.TotalSeconds:F1} s");
    return;
}

// "scale N": streams N synthetic patients through CohortEvaluator on every core and prints the time and the peak working set
// (a whole-process measurement for docs/benchmarks.md, not a BenchmarkDotNet figure). Anything else goes to BenchmarkDotNet.
if (args.Length == 2 && args[0] == "scale")
{
    var count = long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    var clock = Stopwatch.StartNew();
    long progressed = 0, evaluated = 0;
    foreach (var result in new CohortEvaluator(new Recist11Evaluator()).Evaluate(SyntheticCohort.Stream(count, 1)))
    {
        evaluated++;
        progressed += result.ProgressionDate is null ? 0 : 1;
    }

    using var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine($"patients {evaluated}, progressed {progressed}, seconds {clock.Elapsed.TotalSeconds:F2}, patients/s {evaluated / clock.Elapsed.TotalSeconds:F0}, peak working set MB {process.PeakWorkingSet64 / 1048576}");
    return;
}

// "allocs recist|irecist": evaluates CohortBenchmarks' 10,000 patients 20 times and prints the bytes allocated a patient
// by type, from the runtime's sampled allocation events (one about every 100 KB): where the bytes go, not a benchmark.
if (args.Length == 2 && args[0] == "allocs")
{
    // 10,000 patients evaluated (recist, irecist), read from Arrow record batches (arrow) or a Parquet file (parquet), or their
    // RECIST 1.1 results written as record batches (write), once to warm up, then 20 times sampled.
    Action work;
    if (args[1] == "arrow")
    {
        var batch = new BatchBenchmarks();
        batch.Setup();
        work = () => batch.ReadArrowBatches();
    }
    else if (args[1] == "parquet")
    {
        var batch = new BatchBenchmarks();
        batch.Setup();
        work = () =>
        {
            foreach (var _ in ResponseCriteria.Batch.LongTableReader.Read(batch.ParquetPath, new ResponseCriteria.Batch.BatchIssues()))
            {
            }
        };
    }
    else if (args[1] == "write")
    {
        var (cohort, _) = SyntheticCohort.Build(10_000, 42);
        var results = System.Array.ConvertAll(cohort, new Recist11Evaluator().Evaluate);
        work = () =>
        {
            using var writer = ResponseCriteria.Batch.ResultTableWriter.ToRecordBatches(_ => { }, _ => { });
            foreach (var result in results)
            {
                writer.Write(result);
            }
        };
    }
    else
    {
        var (cohort, _) = SyntheticCohort.Build(10_000, 42);
        IResponseEvaluator evaluator = args[1] == "irecist" ? new ResponseCriteria.IRecist.IRecistEvaluator() : new Recist11Evaluator();
        work = () =>
        {
            foreach (var series in cohort)
            {
                evaluator.Evaluate(series);
            }
        };
    }

    work();
    var bytes = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
    using (new AllocationSampler(bytes))
    {
        for (var r = 0; r < 20; r++)
        {
            work();
        }
    }

    var total = System.Linq.Enumerable.Sum(bytes.Values);
    foreach (var (type, sampled) in System.Linq.Enumerable.OrderByDescending(bytes, b => b.Value))
    {
        Console.WriteLine($"{sampled * 100.0 / total,6:F1}%  {sampled / 200_000.0,7:F0} B a patient  {type}");
    }

    return;
}

// "pipeline FILE read|evaluate|DIR": reads a long-table file into series (read), or evaluates them under RECIST 1.1 on
// every core (evaluate), or also writes the results as Parquet into DIR (recist batch's pipeline), and prints the time,
// the garbage collector's pauses and collections and the bytes allocated a patient. Run it with recist's collector
// settings to see what recist sees: DOTNET_gcConcurrent=0 DOTNET_GCConserveMemory=9.
if (args.Length == 3 && args[0] == "pipeline")
{
    var clock = Stopwatch.StartNew();
    var issues = new ResponseCriteria.Batch.BatchIssues();
    var series = ResponseCriteria.Batch.LongTableReader.Read(args[1], issues);
    var results = new CohortEvaluator(new Recist11Evaluator()).Evaluate(series);
    long patients = 0;
    if (args[2] == "read")
    {
        foreach (var _ in series)
        {
            patients++;
        }
    }
    else if (args[2] == "evaluate")
    {
        foreach (var _ in results)
        {
            patients++;
        }
    }
    else
    {
        using var writer = new ResponseCriteria.Batch.ResultTableWriter(args[2], ResponseCriteria.Batch.TableFormat.Parquet);
        foreach (var result in results)
        {
            writer.Write(result);
            patients++;
        }
    }

    Console.WriteLine($"{patients} patients in {clock.Elapsed.TotalSeconds:F1} s, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s, collections {GC.CollectionCount(0)} (full {GC.CollectionCount(2)}), {GC.GetTotalAllocatedBytes() / (double)Math.Max(1, patients):F0} B allocated a patient");
    return;
}

// "repeat N recist|irecist|build|derive|arrow|write|parquet|csv": evaluates CohortBenchmarks' 10,000 patients (or builds them, or derives best response for
// RecordedCallsBenchmarks' subjects, or reads BatchBenchmarks' Arrow batches into series, or writes the 10,000 RECIST 1.1
// results as Arrow record batches, or as Parquet or CSV files in a temporary folder) N times on one thread and prints
// the time per patient: a steady loop to run under a profiler (`perf record`, see docs/benchmarks.md), not a measurement
// to quote.
if (args.Length == 3 && args[0] == "repeat")
{
    var repeats = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);

    // One operation over 10,000 patients (or subjects), set up first, then timed in the one loop below.
    Func<long> operation;
    if (args[2] == "arrow")
    {
        var batch = new BatchBenchmarks();
        batch.Setup();
        operation = () => batch.ReadArrowBatches();
    }
    else if (args[2] is "write" or "parquet" or "csv")
    {
        var (cohort, _) = SyntheticCohort.Build(10_000, 42);
        var results = System.Array.ConvertAll(cohort, new Recist11Evaluator().Evaluate);
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "recist-repeat-write");
        operation = () =>
        {
            long rows = 0;
            using var writer = args[2] == "write"
                ? ResponseCriteria.Batch.ResultTableWriter.ToRecordBatches(b => rows += b.Length, b => rows += b.Length)
                : new ResponseCriteria.Batch.ResultTableWriter(folder, args[2] == "csv" ? ResponseCriteria.Batch.TableFormat.Csv : ResponseCriteria.Batch.TableFormat.Parquet);
            foreach (var result in results)
            {
                writer.Write(result);
            }

            writer.Flush();
            return rows;
        };
    }
    else if (args[2] is "explain" or "build")
    {
        var cohort = new CohortBenchmarks();
        cohort.Setup();
        operation = args[2] == "explain" ? () => cohort.Recist11EvaluateReadingEveryExplanation() : () => cohort.BuildSeries();
    }
    else if (args[2] == "derive")
    {
        var recorded = new RecordedCallsBenchmarks();
        recorded.Setup();
        operation = () => recorded.DeriveConfirmed();
    }
    else
    {
        var (cohort, _) = SyntheticCohort.Build(10_000, 42);
        IResponseEvaluator evaluator = args[2] == "irecist" ? new ResponseCriteria.IRecist.IRecistEvaluator() : new Recist11Evaluator();
        operation = () =>
        {
            long progressed = 0;
            foreach (var series in cohort)
            {
                progressed += evaluator.Evaluate(series).ProgressionDate is null ? 0 : 1;
            }

            return progressed;
        };
    }

    long checksum = 0;
    var clock = Stopwatch.StartNew();
    for (var r = 0; r < repeats; r++)
    {
        checksum += operation();
    }

    Console.WriteLine($"{clock.Elapsed.TotalMilliseconds * 1e6 / (repeats * 10_000.0):F0} ns a patient (checksum {checksum})");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CohortBenchmarks).Assembly).Run(args);

/// <summary>Sums the runtime's allocation-tick events by type name while it lives.</summary>
internal sealed class AllocationSampler(System.Collections.Concurrent.ConcurrentDictionary<string, long> bytes) : System.Diagnostics.Tracing.EventListener
{
    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1); // GC
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.Payload is { } payload && eventData.PayloadNames is { } names)
        {
            var type = (string?)payload[names.IndexOf("TypeName")] ?? "?";
            var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        }
    }
}
