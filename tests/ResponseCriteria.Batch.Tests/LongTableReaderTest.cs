using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Batch;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Cohorts;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Results;
using ResponseCriteria.Series;
using ResponseCriteria.Tests;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class LongTableReaderTest
{
    private static readonly IResponseEvaluator[] Evaluators = [new Recist11Evaluator(), new IRecistEvaluator()];

    private static int file;

    internal static string Fingerprint(EvaluationResult r) => ResponseCriteria.Tests.Fingerprint.Of(r);

    private static string Scratch(string extension) => Path.Combine(Repository.Scratch, $"long-{System.Threading.Interlocked.Increment(ref file)}{extension}");

    private static PatientSeries[] Named(PatientSeries[] cohort)
        => cohort.Select((s, i) => new PatientSeries(s.Lesions, s.Baseline, s.FollowUps, id: "S" + i)).ToArray();

    [Property(MaxTest = 25)]
    public Property Read_WrittenCohort_SameCallsAsTheObjectApi()
        => Prop.ForAll(SeriesGenerators.Plausible().ArrayOf().ToArbitrary(), Gen.Elements(".csv", ".parquet", ".csv.gz", ".arrow").ToArbitrary(), (generated, extension) =>
        {
            var cohort = Named(generated);
            var path = Scratch(extension == ".csv.gz" ? ".csv" : extension);
            LongTableWriter.Write(path, TableFormats.FromPath(path), cohort);
            if (extension == ".csv.gz")
            {
                path = Gzip(path);
            }

            var issues = new BatchIssues();
            var read = LongTableReader.Read(path, issues).ToArray();
            foreach (var evaluator in Evaluators)
            {
                var expected = cohort.Select(s => Fingerprint(evaluator.Evaluate(s)));
                var actual = new CohortEvaluator(evaluator).Evaluate(read).Select(Fingerprint);
                if (!expected.SequenceEqual(actual))
                {
                    return false.Label($"{evaluator.Criteria} via {extension}: {string.Join(" / ", expected.Zip(actual).Where(p => p.First != p.Second).Select(p => p.First + " <> " + p.Second).Take(1))}");
                }
            }

            return (issues.Rejected == 0).Label(string.Join("; ", issues.Kept));
        });

    [Fact]
    public void ReadCsv_BadRows_RejectedWithFileRowSubjectColumnAndTheRestEvaluated()
    {
        var path = Csv(
            "subject,date,lesion,role,organ,node,size_mm,status,equivocal",
            "A,2024-01-01,T1,target,liver,,50,,",
            "A,2024-01-01,T1,target,liver,,51,,", // 2: listed twice
            "A,2024-02-26,T1,target,,,x,,", // 3: size
            "A,2024-02-26,T1,target,,,30,,",
            "A,2024-02-30,T1,target,,,30,,", // 5: date
            "A,2024-04-22,T1,gone,,,30,,", // 6: role
            "A,2024-04-22,T1,target,,,,maybe,", // 7: status
            "A,2024-04-22,NL1,new,,,12,,", // 8: organ of a new lesion
            "A,2024-04-22,NL2,new,brain,,12,,perhaps", // 9: flag
            ",2024-04-22,T1,target,,,30,,", // 10: subject
            "B,2024-01-01,T1,target,lung,,40,,",
            "A,2024-06-17,T1,target,,,30,,", // 12: A again after B
            "B,2024-03-01,T1,target,,,60,,");
        var issues = new BatchIssues();
        var cohort = LongTableReader.ReadCsv(path, issues).ToArray();

        Assert.Equal(["A", "B"], cohort.Select(s => s.Id));
        Assert.Equal(13, issues.RowsRead);
        Assert.Equal(9, issues.Rejected);
        Assert.Equal(
            [(2L, "A", "lesion"), (3L, "A", "size_mm"), (5L, "A", "date"), (6L, "A", "role"), (7L, "A", "status"), (8L, "A", "organ"), (9L, "A", "equivocal"), (10L, string.Empty, "subject"), (12L, "A", "subject")],
            issues.Kept.Select(i => (i.Row, i.Subject, i.Column)).Order().ToArray());
        Assert.All(issues.Kept, i => Assert.Equal(path, i.Source));
        Assert.Contains(issues.Kept, i => i.Row == 12 && i.Message.Contains("not together", StringComparison.Ordinal));
        Assert.Equal(["PR", "NE"], Codes(cohort[0])); // 2024-04-22 was scanned (row 8 names it) but T1 has no usable row there
        Assert.Equal(["PD"], Codes(cohort[1]));
    }

    [Fact]
    public void ReadCsv_QuotedCells_TheirTextWithoutQuotesAndEachCellItsOwn()
    {
        // Quoted cells (a comma, a doubled quote) are read as their text; the strings pooled per column never mix two cells.
        var path = Csv(
            "subject,date,lesion,role,organ,size_mm",
            "\"A, 1\",2024-01-01,T1,target,\"liver, segment \"\"7\"\"\",50",
            "\"A, 1\",2024-01-01,T2,target,liver,20",
            "B,2024-01-01,T1,target,\"liver, segment \"\"8\"\"\",40",
            "\"A, 1\",2024-03-01,T1,target,,30");
        var issues = new BatchIssues();
        var read = LongTableReader.ReadCsv(path, issues).ToList();
        Assert.Equal(1, issues.Rejected); // A's rows are split by B's
        Assert.Equal(["A, 1", "B"], read.Select(s => s.Id));
        Assert.Equal(["liver, segment \"7\"", "liver"], read[0].Lesions.Select(l => l.Organ));
        Assert.Equal("liver, segment \"8\"", Assert.Single(read[1].Lesions).Organ);
    }

    [Fact]
    public void ReadCsv_NoneRows_KeepScansOfPatientsWithoutDisease()
    {
        var path = Csv("subject,date,lesion,role", "A,2024-01-01,,none", "A,2024-03-01,,none", "A,2024-05-01,NL1,new");
        var issues = new BatchIssues();
        var series = Assert.Single(LongTableReader.ReadCsv(path, issues));
        Assert.Equal(1, issues.Rejected); // the new lesion has no organ
        Assert.Equal(2, series.FollowUps.Count);
    }

    [Fact]
    public void ReadCsv_MissingRequiredColumn_NamesFileAndColumns()
    {
        var path = Csv("subject,date,lesion", "A,2024-01-01,T1");
        var error = Assert.Throws<BatchFormatException>(() => LongTableReader.ReadCsv(path, new BatchIssues()).ToList());
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("missing role", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadArrow_NotAnArrowFile_BatchFormatExceptionNamingTheFile()
    {
        var path = Scratch(".arrow");
        File.WriteAllText(path, "subject,date,lesion,role\nA,2024-01-01,T1,target\n");
        var error = Assert.Throws<BatchFormatException>(() => LongTableReader.Read(path, new BatchIssues()).ToList());
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("Arrow IPC file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Parquet)]
    [InlineData(TableFormat.Arrow)]
    public void Read_WrittenEmptyCohort_NoPatientsAndNoIssues(TableFormat format)
    {
        // An Arrow file writer starts the file with its first batch; a table of no rows must still be a readable file.
        var path = Scratch(TableFormats.Extension(format));
        LongTableWriter.Write(path, format, []);
        var issues = new BatchIssues();
        Assert.Empty(LongTableReader.Read(path, issues));
        Assert.Equal(0, issues.Rejected);
    }

    [Theory]
    [InlineData("cohort.parquet", TableFormat.Parquet)]
    [InlineData("cohort.ARROW", TableFormat.Arrow)]
    [InlineData("cohort.feather", TableFormat.Arrow)]
    [InlineData("cohort.ipc", TableFormat.Arrow)]
    [InlineData("cohort.csv.gz", TableFormat.Csv)]
    [InlineData("cohort.txt", TableFormat.Csv)]
    public void FromPath_Extension_Format(string path, TableFormat format)
        => Assert.Equal(format, TableFormats.FromPath(path));

    [Theory]
    [InlineData(TableFormat.Csv, ".csv")]
    [InlineData(TableFormat.Parquet, ".parquet")]
    [InlineData(TableFormat.Arrow, ".arrow")]
    public void Extension_Format_TheFormatsOwnExtension(TableFormat format, string extension)
    {
        Assert.Equal(extension, TableFormats.Extension(format));
        Assert.Equal(format, TableFormats.FromPath("results" + extension));
    }

    /// <summary>Patients of two targets and 9 scans: 18 rows each.</summary>
    private static PatientSeries[] Cohort(int patients)
    {
        var start = new NodaTime.LocalDate(2024, 1, 1);
        Lesions.Lesion[] lesions = [new("T1", "liver", Lesions.LesionRole.Target), new("T2", "lung", Lesions.LesionRole.Target)];
        return Enumerable.Range(0, patients).Select(p => new PatientSeries(
            lesions,
            new Assessment(start, [new("T1", Lesions.Measurement.FromMillimetres(40)), new("T2", Lesions.Measurement.FromMillimetres(30))]),
            Enumerable.Range(1, 8).Select(v => new Assessment(start.PlusDays(56 * v), [new("T1", Lesions.Measurement.FromMillimetres(40 - v - (p % 7))), new("T2", Lesions.Measurement.FromMillimetres(30))])).ToArray(),
            id: "P" + p)).ToArray();
    }

    [Fact]
    public void ReadParquet_SeveralRowGroups_EveryPatientInOrder()
    {
        // 8,000 patients of 18 rows: 144,000 rows, three row groups (each decoded while the one before is read; the third,
        // shorter, into the first one's arrays).
        var cohort = Cohort(8_000);
        var path = Scratch(".parquet");
        Assert.Equal(144_000, LongTableWriter.Write(path, TableFormat.Parquet, cohort));
        var issues = new BatchIssues();
        var read = LongTableReader.ReadParquet(path, issues).ToList();
        Assert.Equal(0, issues.Rejected);
        Assert.Equal(144_000, issues.RowsRead);
        Assert.Equal(cohort.Select(s => s.Id), read.Select(s => s.Id));
        var evaluator = new Recist11Evaluator();
        Assert.Equal(cohort.Select(s => Fingerprint(evaluator.Evaluate(s))), read.Select(s => Fingerprint(evaluator.Evaluate(s))));
    }

    [Fact]
    public void ReadParquet_StoppedEarly_ClosesTheFile()
    {
        var path = Scratch(".parquet");
        LongTableWriter.Write(path, TableFormat.Parquet, Cohort(4_000));
        Assert.Equal("P0", LongTableReader.ReadParquet(path, new BatchIssues()).First().Id);
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None); // fails while the reader holds the file
        Assert.True(exclusive.CanWrite);
    }

    [Fact]
    public void Read_MissingFile_BatchFormatException()
        => Assert.Throws<BatchFormatException>(() => LongTableReader.Read(Path.Combine(Repository.Scratch, "none.parquet"), new BatchIssues()).ToList());

    [Fact]
    public async Task ReadParquet_TypedColumns_DatesAndNumbersRead()
    {
        var path = Scratch(".parquet");
        await WriteParquet(
            path,
            Text("subject", "A", "A", "A"),
            Values(new Parquet.Schema.DataField<DateOnly>("date"), new DateOnly?[] { new(2024, 1, 1), new(2024, 1, 1), new(2024, 3, 1) }),
            Text("lesion", "T1", "N1", "T1"),
            Text("role", "target", "target", "target"),
            Text("organ", "liver", "mediastinum", null),
            Values(new Parquet.Schema.DecimalDataField("size_mm", 10, 2, isNullable: true), new decimal?[] { 50.25m, 20m, 30.1m }),
            Values(new Parquet.Schema.DataField<bool?>("node"), new bool?[] { false, true, null }));

        var issues = new BatchIssues();
        var series = Assert.Single(LongTableReader.ReadParquet(path, issues));
        Assert.Equal(0, issues.Rejected);
        Assert.Equal(50.25m, series.Baseline.Target("T1").Millimetres);
        Assert.True(series.Lesions.Single(l => l.Id == "N1").IsLymphNode);
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 1), series.FollowUps[0].Date);
        Assert.Equal(30.1m, series.FollowUps[0].Target("T1").Millimetres);
    }

    [Theory]
    [InlineData("int16")]
    [InlineData("int8")]
    [InlineData("uint8")]
    [InlineData("uint16")]
    [InlineData("uint32")]
    [InlineData("uint64")]
    public async Task ReadParquet_IntegerSizeColumns_ReadAsMillimetres(string type)
    {
        var size = type switch
        {
            "int16" => Values(new Parquet.Schema.DataField<short?>("size_mm"), new short?[] { 50, 30 }),
            "int8" => Values(new Parquet.Schema.DataField<sbyte?>("size_mm"), new sbyte?[] { 50, 30 }),
            "uint8" => Values(new Parquet.Schema.DataField<byte?>("size_mm"), new byte?[] { 50, 30 }),
            "uint16" => Values(new Parquet.Schema.DataField<ushort?>("size_mm"), new ushort?[] { 50, 30 }),
            "uint32" => Values(new Parquet.Schema.DataField<uint?>("size_mm"), new uint?[] { 50, 30 }),
            _ => Values(new Parquet.Schema.DataField<ulong?>("size_mm"), new ulong?[] { 50, 30 }),
        };
        var path = Scratch(".parquet");
        await WriteParquet(
            path,
            Text("subject", "A", "A"),
            Values(new Parquet.Schema.DataField<DateOnly>("date"), new DateOnly?[] { new(2024, 1, 1), new(2024, 3, 1) }),
            Text("lesion", "T1", "T1"),
            Text("role", "target", "target"),
            Text("organ", "liver", null),
            size);

        var issues = new BatchIssues();
        var series = Assert.Single(LongTableReader.ReadParquet(path, issues));
        Assert.Equal(0, issues.Rejected);
        Assert.Equal(50m, series.Baseline.Target("T1").Millimetres);
        Assert.Equal(30m, series.FollowUps[0].Target("T1").Millimetres);
    }

    /// <summary>A Parquet file of one row group holding <paramref name="columns"/>.</summary>
    private static async Task WriteParquet(string path, params ParquetColumn[] columns)
    {
        var token = TestContext.Current.CancellationToken;
        await using var stream = File.Create(path);
        await using var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(columns.Select(c => (Parquet.Schema.Field)c.Field).ToArray()), stream, cancellationToken: token);
        using var group = writer.CreateRowGroup();
        foreach (var column in columns)
        {
            await column.Write(group, token);
        }
    }

    /// <summary>A column of a test Parquet file: its field and how its values are written.</summary>
    private sealed record ParquetColumn(Parquet.Schema.DataField Field, Func<Parquet.ParquetRowGroupWriter, System.Threading.CancellationToken, Task> Write);

    private static ParquetColumn Text(string name, params string?[] values)
    {
        var field = new Parquet.Schema.DataField<string>(name, true);
        return new(field, async (group, _) => await group.WriteAsync(field, values));
    }

    private static ParquetColumn Values<T>(Parquet.Schema.DataField field, T?[] values)
        where T : struct
        => new(field, async (group, token) => await group.WriteAsync<T>(field, values.AsMemory(), cancellationToken: token));

    private static string[] Codes(PatientSeries series)
        => new Recist11Evaluator().Evaluate(series).TimePoints.Select(tp => Responses.ResponseCodes.ToCode(tp.Response, Responses.Criteria.Recist11)).ToArray();

    private static string Csv(params string[] lines)
    {
        var path = Scratch(".csv");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static string Gzip(string path)
    {
        var gz = path + ".gz";
        using (var input = File.OpenRead(path))
        using (var output = new System.IO.Compression.GZipStream(File.Create(gz), System.IO.Compression.CompressionLevel.Fastest))
        {
            input.CopyTo(output);
        }

        return gz;
    }
}
