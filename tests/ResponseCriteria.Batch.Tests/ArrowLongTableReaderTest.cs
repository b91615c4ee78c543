using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Apache.Arrow;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.IRecist;
using ResponseCriteria.Series;
using ResponseCriteria.Tests;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class ArrowLongTableReaderTest
{
    private static int file;

    [Property(MaxTest = 25)]
    public Property Read_CohortAsRecordBatches_SameCallsAsTheObjectApi()
        => Prop.ForAll(SeriesGenerators.Plausible().ArrayOf().ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (generated, batchRows, sliced) =>
        {
            // Sliced: the batches are windows on one batch of the whole table (arrays with an offset, validity bits mid-byte).
            var cohort = generated.Select((s, i) => new PatientSeries(s.Lesions, s.Baseline, s.FollowUps, id: "S" + i)).ToArray();
            var issues = new BatchIssues();
            var batches = sliced ? Batches(cohort, 1 << 30).SelectMany(whole => Windows(whole, batchRows)) : Batches(cohort, batchRows);
            var read = ArrowLongTableReader.Read(batches, issues).ToArray();
            var evaluator = new IRecistEvaluator();
            var same = cohort.Select(s => LongTableReaderTest.Fingerprint(evaluator.Evaluate(s))).SequenceEqual(read.Select(s => LongTableReaderTest.Fingerprint(evaluator.Evaluate(s))));
            return (same && issues.Rejected == 0).Label(string.Join("; ", issues.Kept));
        });

    [Fact]
    public void Read_TypedColumns_DatesNumbersAndFlags()
    {
        var batch = new RecordBatch.Builder()
            .Append("subject", false, c => c.String(b => b.Append("A").Append("A").Append("A")))
            .Append("date", false, c => c.Date32(b => b.Append(new DateOnly(2024, 1, 1)).Append(new DateOnly(2024, 1, 1)).Append(new DateOnly(2024, 3, 1))))
            .Append("lesion", false, c => c.String(b => b.Append("T1").Append("N1").Append("T1")))
            .Append("role", false, c => c.String(b => b.Append("target").Append("target").Append("target")))
            .Append("organ", true, c => c.String(b => b.Append("liver").Append("mediastinum").AppendNull()))
            .Append("node", true, c => c.Boolean(b => b.Append(false).Append(true).AppendNull()))
            .Append("size_mm", true, c => c.Double(b => b.Append(50.25).Append(20).Append(30.1)))
            .Build();
        var issues = new BatchIssues();
        var series = Assert.Single(ArrowLongTableReader.Read([batch], issues));
        Assert.Equal(0, issues.Rejected);
        Assert.Equal(50.25m, series.Baseline.Target("T1").Millimetres);
        Assert.True(series.Lesions.Single(l => l.Id == "N1").IsLymphNode);
        Assert.Equal(30.1m, series.FollowUps[0].Target("T1").Millimetres);
    }

    [Theory]
    [InlineData("date64")]
    [InlineData("timestamp")]
    public void Read_DateColumnTypes_EachRunOfDatesReadAndAMissingDateRejected(string type)
    {
        DateTimeOffset?[] dates = [new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), null, new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)];
        var batch = new RecordBatch.Builder()
            .Append("subject", false, c => c.String(b => b.Append("A").Append("A").Append("A").Append("A").Append("A")))
            .Append("date", true, DateArray(type, dates))
            .Append("lesion", false, c => c.String(b => b.Append("T1").Append("T2").Append("T1").Append("T1").Append("T2")))
            .Append("role", false, c => c.String(b => b.Append("target").Append("target").Append("target").Append("target").Append("target")))
            .Append("organ", true, c => c.String(b => b.Append("liver").Append("lung").AppendNull().AppendNull().AppendNull()))
            .Append("size_mm", true, c => c.Double(b => b.Append(50).Append(20).Append(40).Append(30).Append(10)))
            .Build();
        var issues = new BatchIssues();
        var series = Assert.Single(ArrowLongTableReader.Read([batch], issues));
        Assert.Equal(1, issues.Rejected); // the row without a date
        Assert.Equal(new NodaTime.LocalDate(2024, 1, 1), series.Baseline.Date);
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 1), Assert.Single(series.FollowUps).Date);
        Assert.Equal(10m, series.FollowUps[0].Target("T2").Millimetres);
    }

    private static IArrowArray DateArray(string type, DateTimeOffset?[] dates)
    {
        if (type == "date64")
        {
            var days = new Date64Array.Builder();
            foreach (var d in dates)
            {
                _ = d is { } v ? days.Append(v) : days.AppendNull();
            }

            return days.Build();
        }

        var times = new TimestampArray.Builder();
        foreach (var d in dates)
        {
            _ = d is { } v ? times.Append(v) : times.AppendNull();
        }

        return times.Build();
    }

    [Fact]
    public void Read_MissingColumn_BatchFormatException()
    {
        var batch = new RecordBatch.Builder().Append("subject", false, c => c.String(b => b.Append("A"))).Build();
        var error = Assert.Throws<BatchFormatException>(() => ArrowLongTableReader.Read([batch], new BatchIssues()).ToList());
        Assert.Contains("missing date, lesion, role", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongColumnType_NamesTheColumn()
    {
        var batch = new RecordBatch.Builder()
            .Append("subject", false, c => c.String(b => b.Append("A")))
            .Append("date", false, c => c.Int32(b => b.Append(1)))
            .Append("lesion", false, c => c.String(b => b.Append("T1")))
            .Append("role", false, c => c.String(b => b.Append("target")))
            .Build();
        var error = Assert.Throws<BatchFormatException>(() => ArrowLongTableReader.Read([batch], new BatchIssues()).ToList());
        Assert.Contains("column date is", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<RecordBatch> Windows(RecordBatch whole, int size)
    {
        for (var start = 0; start < whole.Length; start += size)
        {
            yield return whole.Slice(start, Math.Min(size, whole.Length - start));
        }
    }

    /// <summary>The cohort's long table (written as CSV by <see cref="LongTableWriter"/>) as Arrow batches of <paramref name="size"/> rows: text, Date32, double and boolean columns.</summary>
    private static IEnumerable<RecordBatch> Batches(PatientSeries[] cohort, int size)
    {
        var path = Path.Combine(Repository.Scratch, $"arrow-{System.Threading.Interlocked.Increment(ref file)}.csv");
        LongTableWriter.Write(path, TableFormat.Csv, cohort);
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        for (var start = 0; start < rows.Count; start += size)
        {
            var part = rows.Skip(start).Take(size).ToList();
            string? Cell(string[] r, int i) => r[i].Length == 0 ? null : r[i];
            yield return new RecordBatch.Builder()
                .Append("subject", false, c => c.String(b => part.ForEach(r => b.Append(r[0]))))
                .Append("date", false, c => c.Date32(b => part.ForEach(r => b.Append(DateOnly.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)))))
                .Append("lesion", false, c => c.String(b => part.ForEach(r => b.Append(r[2]))))
                .Append("role", false, c => c.String(b => part.ForEach(r => b.Append(r[3]))))
                .Append("organ", true, c => c.String(b => part.ForEach(r => b.Append(Cell(r, 4)))))
                .Append("node", true, c => c.Boolean(b => part.ForEach(r => { if (Cell(r, 5) is { } v) { b.Append(v == "true"); } else { b.AppendNull(); } })))
                .Append("size_mm", true, c => c.Double(b => part.ForEach(r => { if (Cell(r, 6) is { } v) { b.Append(double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)); } else { b.AppendNull(); } })))
                .Append("status", true, c => c.String(b => part.ForEach(r => b.Append(Cell(r, 7)))))
                .Append("equivocal", true, c => c.Boolean(b => part.ForEach(r => { if (Cell(r, 8) is { } v) { b.Append(v == "true"); } else { b.AppendNull(); } })))
                .Append("unscheduled", true, c => c.String(b => part.ForEach(r => b.Append(Cell(r, 9)))))
                .Build();
        }
    }
}
