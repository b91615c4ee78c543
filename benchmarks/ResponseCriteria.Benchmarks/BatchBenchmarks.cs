using System;
using System.Collections.Generic;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using BenchmarkDotNet.Attributes;
using ResponseCriteria.Batch;
using ResponseCriteria.Recist11;

namespace ResponseCriteria.Benchmarks;

/// <summary>
/// The batch path on one thread, per patient: 10,000 patients of <see cref="SyntheticCohort"/> as a long lesion table (about
/// 55 rows each) read from Arrow record batches held in memory or from a Parquet file, evaluated under RECIST 1.1, and the
/// results handed out as Arrow record batches — against the flat-array target arithmetic on the same patients.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Patients = 10_000;
    private readonly Recist11Evaluator recist = new();
    private List<RecordBatch> batches = null!;
    private string parquet = null!;

    /// <summary>The cohort's long table as a Parquet file (written by <see cref="Setup"/>).</summary>
    internal string ParquetPath => parquet;
    private int[] tenths = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (cohort, sizes) = SyntheticCohort.Build(Patients, 11);
        tenths = sizes;
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "batch-benchmark")).FullName;
        parquet = Path.Combine(folder, "cohort.parquet");
        LongTableWriter.Write(parquet, TableFormat.Parquet, cohort);
        var arrow = Path.Combine(folder, "cohort.arrow");
        LongTableWriter.Write(arrow, TableFormat.Arrow, cohort);
        batches = [];
        using var stream = File.OpenRead(arrow);
        using var reader = new ArrowFileReader(stream);
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            batches.Add(batch);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Patients)]
    public (int, int) FlatArrayTargetArithmetic() => FlatBaseline.TargetCalls(tenths, Patients);

    /// <summary>Reading alone: the long table's rows from Arrow batches assembled into series.</summary>
    [Benchmark(OperationsPerInvoke = Patients)]
    public int ReadArrowBatches()
    {
        var followUps = 0;
        foreach (var series in ArrowLongTableReader.Read(batches, new BatchIssues()))
        {
            followUps += series.FollowUps.Count;
        }

        return followUps;
    }

    /// <summary>Arrow in, Arrow out: read, evaluate, and the time-point and patient tables as record batches.</summary>
    [Benchmark(OperationsPerInvoke = Patients)]
    public long ArrowInArrowOut() => Evaluate(ArrowLongTableReader.Read(batches, new BatchIssues()));

    /// <summary>The same from a Parquet file (one row group per 65,536 rows).</summary>
    [Benchmark(OperationsPerInvoke = Patients)]
    public long ParquetFileInArrowOut() => Evaluate(LongTableReader.ReadParquet(parquet, new BatchIssues()));

    private long Evaluate(IEnumerable<Series.PatientSeries> cohort)
    {
        long rows = 0;
        using (var writer = ResultTableWriter.ToRecordBatches(b => rows += b.Length, b => rows += b.Length))
        {
            foreach (var series in cohort)
            {
                writer.Write(recist.Evaluate(series));
            }
        }

        return rows;
    }
}
