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
using ResponseCriteria.Lesions;
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

    [Theory]
    [InlineData("plain")]
    [InlineData("dictionary")]
    public void Read_OneBatchOfManyWindows_SameCallsAsTheObjectApi(string layout)
    {
        // One batch of some thousands of rows: the reader decodes it a window of 1,024 rows at a time, and patients straddle
        // the windows (a dictionary's entries decoded in one window are reused in the next).
        var generated = SeriesGenerators.Plausible().Sample(400, new Rnd(8UL, 1UL), 10);
        var cohort = generated.Select((s, i) => new PatientSeries(s.Lesions, s.Baseline, s.FollowUps, id: "S" + i)).ToArray();
        var batch = Batches(cohort, int.MaxValue).Single();
        Assert.True(batch.Length > 3 * 1024, $"{batch.Length} rows");
        var issues = new BatchIssues();

        var read = ArrowLongTableReader.Read([layout == "plain" ? batch : Relaid(batch, layout)], issues).ToArray();

        var evaluator = new IRecistEvaluator();
        Assert.Equal(cohort.Select(s => LongTableReaderTest.Fingerprint(evaluator.Evaluate(s))), read.Select(s => LongTableReaderTest.Fingerprint(evaluator.Evaluate(s))));
        Assert.Equal(0, issues.Rejected);
        Assert.Equal(batch.Length, issues.RowsRead);
    }

    [Property(MaxTest = 20)]
    public Property Read_TextInEveryArrowLayout_SameSeriesAsUtf8Strings()
        => Prop.ForAll(SeriesGenerators.Plausible().ArrayOf().ToArbitrary(), Gen.Elements("large", "view", "dictionary").ToArbitrary(), (generated, layout) =>
        {
            // Every text column, and the dates as ISO text, in the layout Polars, DuckDB or a categorical gives.
            var cohort = generated.Select((s, i) => new PatientSeries(s.Lesions, s.Baseline, s.FollowUps, id: "S" + i)).ToArray();
            var plain = Batches(cohort, 13).ToList();
            var (plainIssues, relaidIssues) = (new BatchIssues(), new BatchIssues());
            var expected = ArrowLongTableReader.Read(plain, plainIssues).Select(Written).ToList();
            var actual = ArrowLongTableReader.Read(plain.Select(b => Relaid(b, layout)), relaidIssues).Select(Written).ToList();
            return (expected.SequenceEqual(actual) && plainIssues.Rejected == 0 && relaidIssues.Rejected == 0).Label(string.Join("; ", relaidIssues.Kept));
        });

    [Theory]
    [InlineData("int8")]
    [InlineData("int16")]
    [InlineData("int32")]
    [InlineData("int64")]
    [InlineData("uint8")]
    [InlineData("uint16")]
    [InlineData("uint32")]
    [InlineData("uint64")]
    [InlineData("float32")]
    public void Read_IntegerSizeColumns_ReadAsMillimetres(string type)
    {
        var sizes = type == "float32" ? new FloatArray.Builder().Append(50f).Append(30f).Build() : Integers(type, 50, 30);
        var issues = new BatchIssues();
        var series = Assert.Single(ArrowLongTableReader.Read([OneTarget(sizes)], issues));
        Assert.Equal(0, issues.Rejected);
        Assert.Equal(50m, series.Baseline.Target("T1").Millimetres);
        Assert.Equal(30m, series.FollowUps[0].Target("T1").Millimetres);
    }

    [Fact]
    public void Read_SizeColumnOfText_ReadAsWrittenAndTextThatIsNoNumberRejected()
    {
        var sizes = new StringArray.Builder().Append("50.25").Append("thirty").Build();
        FirstSizeReadSecondRejected(sizes, 50.25m, "'thirty'");
    }

    /// <summary>Reads <see cref="OneTarget"/> with <paramref name="sizes"/>: the baseline's size is <paramref name="first"/>, and the follow-up's row is rejected naming the size column and quoting <paramref name="text"/>.</summary>
    private static void FirstSizeReadSecondRejected(IArrowArray sizes, decimal first, string text)
    {
        var issues = new BatchIssues();
        var series = Assert.Single(ArrowLongTableReader.Read([OneTarget(sizes)], issues));
        Assert.Equal(first, series.Baseline.Target("T1").Millimetres);
        Assert.Empty(series.FollowUps);
        var issue = Assert.Single(issues.Kept);
        Assert.Equal(("size_mm", 2L), (issue.Column, issue.Row));
        Assert.Contains(text, issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int8")]
    [InlineData("int16")]
    [InlineData("int32")]
    [InlineData("int64")]
    [InlineData("uint8")]
    [InlineData("uint16")]
    [InlineData("uint32")]
    public void Read_DictionaryIndexedByEachIntegerType_EachCellItsEntry(string type)
    {
        // Roles coded as a dictionary (target, nonTarget), both cells pointing at target, in every index type Arrow allows.
        var indices = Integers(type, 0, 0);
        var words = new StringArray.Builder().Append("target").Append("nonTarget").Build();
        var roles = new DictionaryArray(new Apache.Arrow.Types.DictionaryType(indices.Data.DataType, Apache.Arrow.Types.StringType.Default, false), indices, words);
        var issues = new BatchIssues();

        var series = Assert.Single(ArrowLongTableReader.Read([OneTarget(new DoubleArray.Builder().Append(50).Append(30).Build(), roles)], issues));

        Assert.Equal(0, issues.Rejected);
        Assert.Equal(LesionRole.Target, Assert.Single(series.Lesions).Role);
        Assert.Equal(30m, series.FollowUps[0].Target("T1").Millimetres);
    }

    [Fact]
    public void Read_FlagsCodedAsADictionaryOfBooleans_EachCellItsEntry()
    {
        var entries = new BooleanArray.Builder().Append(false).Append(true).Build();
        var indices = new Int8Array.Builder().Append(1).Append(0).Build();
        var nodes = new DictionaryArray(new Apache.Arrow.Types.DictionaryType(Apache.Arrow.Types.Int8Type.Default, Apache.Arrow.Types.BooleanType.Default, false), indices, entries);
        var batch = new RecordBatch.Builder()
            .Append("subject", false, c => c.String(b => b.Append("A").Append("A")))
            .Append("date", false, c => c.Date32(b => b.Append(new DateOnly(2024, 1, 1)).Append(new DateOnly(2024, 1, 1))))
            .Append("lesion", false, c => c.String(b => b.Append("N1").Append("T1")))
            .Append("role", false, c => c.String(b => b.Append("target").Append("target")))
            .Append("organ", true, c => c.String(b => b.Append("mediastinum").Append("liver")))
            .Append("node", true, nodes)
            .Append("size_mm", true, c => c.Double(b => b.Append(20).Append(50)))
            .Build();
        var issues = new BatchIssues();

        var series = Assert.Single(ArrowLongTableReader.Read([batch], issues));

        Assert.Equal(0, issues.Rejected);
        Assert.True(series.Lesions.Single(l => l.Id == "N1").IsLymphNode);
        Assert.False(series.Lesions.Single(l => l.Id == "T1").IsLymphNode);
    }

    [Fact]
    public void Read_UnscheduledAsBooleansWithANull_NullStaysUnknown()
    {
        // A null flag is not false: an assessment whose scan is not said to be unscheduled or scheduled stays unknown.
        var batch = new RecordBatch.Builder()
            .Append("subject", false, c => c.String(b => b.Append("A").Append("A").Append("A")))
            .Append("date", false, c => c.Date32(b => b.Append(new DateOnly(2024, 1, 1)).Append(new DateOnly(2024, 3, 1)).Append(new DateOnly(2024, 5, 1))))
            .Append("lesion", false, c => c.String(b => b.Append("T1").Append("T1").Append("T1")))
            .Append("role", false, c => c.String(b => b.Append("target").Append("target").Append("target")))
            .Append("organ", true, c => c.String(b => b.Append("liver").AppendNull().AppendNull()))
            .Append("size_mm", true, c => c.Double(b => b.Append(50).Append(40).Append(30)))
            .Append("unscheduled", true, c => c.Boolean(b => b.AppendNull().Append(true).AppendNull()))
            .Build();
        var issues = new BatchIssues();

        var series = Assert.Single(ArrowLongTableReader.Read([batch], issues));

        Assert.Equal(0, issues.Rejected);
        Assert.Equal([true, null], series.FollowUps.Select(f => f.Unscheduled));
    }

    [Theory]
    [InlineData(128)]
    [InlineData(256)]
    public void Read_DecimalSizeBeyondDecimalRange_RowRejectedNamingTheSize(int width)
    {
        // 10^30 mm fits a Decimal128 or Decimal256 cell but not a .NET decimal: the row is rejected with its text, not dropped.
        var huge = System.Data.SqlTypes.SqlDecimal.Parse("1000000000000000000000000000000");
        IArrowArray sizes = width == 128
            ? new Decimal128Array.Builder(new Apache.Arrow.Types.Decimal128Type(38, 0)).Append(50m).Append(huge).Build()
            : new Decimal256Array.Builder(new Apache.Arrow.Types.Decimal256Type(38, 0)).Append(50m).Append(huge).Build();
        FirstSizeReadSecondRejected(sizes, 50m, "1000000000000000000000000000000");
    }

    [Theory]
    [InlineData(1)] // one past the last entry
    [InlineData(3)]
    [InlineData(-1)]
    public void Read_DictionaryIndexOutsideItsDictionary_BatchFormatExceptionNamingTheColumn(int index)
    {
        var words = new StringArray.Builder().Append("target").Build();
        var indices = new Int32Array.Builder().Append(0).Append(index).Build();
        var roles = new DictionaryArray(new Apache.Arrow.Types.DictionaryType(Apache.Arrow.Types.Int32Type.Default, Apache.Arrow.Types.StringType.Default, false), indices, words);
        var batch = OneTarget(new DoubleArray.Builder().Append(50).Append(30).Build(), roles);
        var error = Assert.Throws<BatchFormatException>(() => ArrowLongTableReader.Read([batch], new BatchIssues()).ToList());
        Assert.Contains($"column role has a dictionary index {index}, outside its dictionary of 1 entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SizeColumnOfDates_BatchFormatExceptionNamingTheColumn()
    {
        var batch = OneTarget(new Date32Array.Builder().Append(new DateOnly(2024, 1, 1)).Append(new DateOnly(2024, 1, 2)).Build());
        var error = Assert.Throws<BatchFormatException>(() => ArrowLongTableReader.Read([batch], new BatchIssues()).ToList());
        Assert.Contains("column size_mm is date32; a number or text was expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DictionaryOfNumbersAsText_NamesTheColumnAndItsType()
    {
        var entries = new Int32Array.Builder().Append(7).Build();
        var indices = new Int8Array.Builder().Append(0).Append(0).Build();
        var roles = new DictionaryArray(new Apache.Arrow.Types.DictionaryType(Apache.Arrow.Types.Int8Type.Default, Apache.Arrow.Types.Int32Type.Default, false), indices, entries);
        var batch = OneTarget(new DoubleArray.Builder().Append(50).Append(30).Build(), roles);
        var error = Assert.Throws<BatchFormatException>(() => ArrowLongTableReader.Read([batch], new BatchIssues()).ToList());
        Assert.Contains("column role is a dictionary of int32 indexed by int8; text was expected", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Patient A's target T1 at baseline (2024-01-01) and one follow-up (2024-03-01), sized by <paramref name="sizes"/>.</summary>
    /// <summary>An integer column of <paramref name="type"/> (int8 … uint64) holding <paramref name="values"/>.</summary>
    private static IArrowArray Integers(string type, params long[] values) => type switch
    {
        "int8" => new Int8Array.Builder().AppendRange(values.Select(v => (sbyte)v)).Build(),
        "int16" => new Int16Array.Builder().AppendRange(values.Select(v => (short)v)).Build(),
        "int32" => new Int32Array.Builder().AppendRange(values.Select(v => (int)v)).Build(),
        "int64" => new Int64Array.Builder().AppendRange(values).Build(),
        "uint8" => new UInt8Array.Builder().AppendRange(values.Select(v => (byte)v)).Build(),
        "uint16" => new UInt16Array.Builder().AppendRange(values.Select(v => (ushort)v)).Build(),
        "uint32" => new UInt32Array.Builder().AppendRange(values.Select(v => (uint)v)).Build(),
        _ => new UInt64Array.Builder().AppendRange(values.Select(v => (ulong)v)).Build(),
    };

    private static RecordBatch OneTarget(IArrowArray sizes, IArrowArray? roles = null) => new RecordBatch.Builder()
        .Append("subject", false, c => c.String(b => b.Append("A").Append("A")))
        .Append("date", false, c => c.Date32(b => b.Append(new DateOnly(2024, 1, 1)).Append(new DateOnly(2024, 3, 1))))
        .Append("lesion", false, c => c.String(b => b.Append("T1").Append("T1")))
        .Append("role", false, roles ?? new StringArray.Builder().Append("target").Append("target").Build())
        .Append("organ", true, c => c.String(b => b.Append("liver").AppendNull()))
        .Append("size_mm", true, sizes)
        .Build();

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
        Assert.Equal((3, 0), (issues.RowsRead, issues.Rejected));
        Assert.Equal(50.25m, series.Baseline.Target("T1").Millimetres);
        Assert.True(series.Lesions.Single(l => l.Id == "N1").IsLymphNode);
        Assert.Equal(30.1m, series.FollowUps[0].Target("T1").Millimetres);
    }

    [Theory]
    [InlineData("date32")]
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
        if (type == "date32")
        {
            var days32 = new Date32Array.Builder();
            foreach (var d in dates)
            {
                _ = d is { } v ? days32.Append(DateOnly.FromDateTime(v.Date)) : days32.AppendNull();
            }

            return days32.Build();
        }

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

    /// <summary>A series as the long table writes it (lesions, values and new lesions as rows): what a read must give back.</summary>
    private static string Written(PatientSeries series)
    {
        var path = Path.Combine(Repository.Scratch, $"written-{System.Threading.Interlocked.Increment(ref file)}.csv");
        LongTableWriter.Write(path, TableFormat.Csv, [series]);
        return File.ReadAllText(path);
    }

    /// <summary>The batch with every text column, and the Date32 dates as ISO text, in <paramref name="layout"/>: large strings, string views, or a dictionary (Int16 indices).</summary>
    private static RecordBatch Relaid(RecordBatch batch, string layout)
    {
        var fields = new List<Field>();
        var arrays = new List<IArrowArray>();
        for (var c = 0; c < batch.ColumnCount; c++)
        {
            var field = batch.Schema.GetFieldByIndex(c);
            var array = batch.Column(c);
            string?[]? cells = array switch
            {
                StringArray text => Enumerable.Range(0, text.Length).Select(i => text.IsNull(i) ? null : text.GetString(i)).ToArray(),
                Date32Array dates => Enumerable.Range(0, dates.Length).Select(i => dates.GetDateOnly(i)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                _ => null,
            };
            if (cells is not null)
            {
                array = Relaid(cells, layout);
                field = new Field(field.Name, array.Data.DataType, field.IsNullable);
            }

            fields.Add(field);
            arrays.Add(array);
        }

        return new RecordBatch(new Schema(fields, null), arrays, batch.Length);
    }

    private static IArrowArray Relaid(string?[] cells, string layout)
    {
        switch (layout)
        {
            case "large":
                var large = new LargeStringArray.Builder();
                System.Array.ForEach(cells, v => _ = v is null ? large.AppendNull() : large.Append(v));
                return large.Build();
            case "view":
                var view = new StringViewArray.Builder();
                System.Array.ForEach(cells, v => _ = v is null ? view.AppendNull() : view.Append(v));
                return view.Build();
            default:
                var distinct = cells.OfType<string>().Distinct().Reverse().ToList();
                var words = new StringArray.Builder();
                distinct.ForEach(v => words.Append(v));
                var indices = new Int16Array.Builder();
                System.Array.ForEach(cells, v => _ = v is null ? indices.AppendNull() : indices.Append((short)distinct.IndexOf(v)));
                return new DictionaryArray(new Apache.Arrow.Types.DictionaryType(Apache.Arrow.Types.Int16Type.Default, Apache.Arrow.Types.StringType.Default, false), indices.Build(), words.Build());
        }
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
