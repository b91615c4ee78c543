using System;
using System.IO;
using System.Linq;
using System.Threading;
using ResponseCriteria.Cases;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.IRecist;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Cli.Tests;

public sealed class BatchCommandTest
{
    private static int run;

    private static string Example => Path.Combine(Repository.Root, "docs", "examples", "long-table.csv");

    private static string Out() => Path.Combine(Repository.Scratch, $"batch-{Interlocked.Increment(ref run)}");

    private static (int Code, string Out, string Err) Run(params string[] args) => RecistCli.Run(args);

    [Fact]
    public void Run_ExampleLongTable_EveryCaseEvaluatedAsItsCaseFileIs()
    {
        var dir = Out();
        var (code, output, error) = Run("batch", Example, "--out", dir, "--criteria", "iRECIST");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error); // no progress line when the error stream is not the terminal
        Assert.Contains("rows: 141 read, 141 used, 0 rejected", output);
        Assert.Matches(@"evaluated: 16 patients in \d+\.\d s\n$", output);

        var rows = File.ReadAllLines(Path.Combine(dir, "patients.csv"));
        var header = rows[0].Split(',');
        var subject = Array.IndexOf(header, "subject");
        var bor = Array.IndexOf(header, "bor");
        var progression = Array.IndexOf(header, "progression_date");
        var evaluator = new IRecistEvaluator();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Data, "conformance", "cases"), "*.json"))
        {
            var caseFile = CaseReader.ReadFile(file);
            var expected = evaluator.Evaluate(caseFile.Series);
            var row = rows.Single(r => r.StartsWith(caseFile.Id + ",", StringComparison.Ordinal)).Split(',');
            Assert.Equal(ResponseCodes.ToCode(expected.UnconfirmedBestOverallResponse.Response, Criteria.IRecist), row[bor]);
            Assert.Equal(expected.ProgressionDate?.ToString("uuuu-MM-dd", null) ?? string.Empty, row[progression]);
            Assert.NotEqual(string.Empty, row[subject]);
        }
    }

    [Fact]
    public void Run_ParquetResults_SameRowsAsCsv()
    {
        var csv = Out();
        var parquet = Out();
        Assert.Equal(0, Run("batch", Example, "--out", csv).Code);
        var (code, output, _) = Run("batch", Example, "--out", parquet, "--format", "parquet", "--explain");
        Assert.Equal(0, code);
        Assert.Contains("timepoints.parquet (39 rows)", output);
        Assert.Equal(File.ReadAllLines(Path.Combine(csv, "timepoints.csv")).Length - 1, CountParquetRows(Path.Combine(parquet, "timepoints.parquet")));
    }

    [Fact]
    public void Run_ArrowInputAndResults_SameRowsAsCsv()
    {
        var csv = Out();
        Assert.Equal(0, Run("batch", Example, "--out", csv).Code);
        var arrowInput = Path.Combine(Repository.Scratch, $"long-{Interlocked.Increment(ref run)}.arrow");
        var issues = new ResponseCriteria.Batch.BatchIssues();
        ResponseCriteria.Batch.LongTableWriter.Write(arrowInput, ResponseCriteria.Batch.TableFormat.Arrow, ResponseCriteria.Batch.LongTableReader.Read(Example, issues).ToList());
        var arrow = Out();
        var (code, output, _) = Run("batch", arrowInput, "--out", arrow);
        Assert.Equal(0, code);
        Assert.Contains("timepoints.arrow (39 rows)", output);
        Assert.Contains("evaluated: 16 patients", output);
        using var stream = File.OpenRead(Path.Combine(arrow, "patients.arrow"));
        using var reader = new Apache.Arrow.Ipc.ArrowFileReader(stream);
        var batch = reader.ReadNextRecordBatch();
        var csvRows = File.ReadAllLines(Path.Combine(csv, "patients.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(csvRows.Count, batch.Length);
        var bor = (Apache.Arrow.StringArray)batch.Column("bor");
        Assert.Equal(csvRows.Select(r => r[4]), Enumerable.Range(0, batch.Length).Select(i => bor.GetString(i)));
    }

    [Fact]
    public void Run_BadRows_ListedAndTheRunGoesOn()
    {
        var input = Path.Combine(Repository.Scratch, $"bad-{Interlocked.Increment(ref run)}.csv");
        File.WriteAllText(input, "subject,date,lesion,role,organ,size_mm\nA,2024-01-01,T1,target,liver,50\nA,2024-03-01,T1,target,,zero\nB,2024-01-01,T1,target,lung,40\nB,2024-03-01,T1,target,,20\n");
        var dir = Out();
        var (code, output, _) = Run("batch", input, "--out", dir);
        Assert.Equal(0, code);
        Assert.Contains("rows: 4 read, 3 used, 1 rejected (issues.csv)", output);
        Assert.Contains($"{input}, row 2, subject A, size_mm: a size in mm was expected, found 'zero'", output);
        Assert.Contains("evaluated: 2 patients", output);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(dir, "issues.csv")).Length);
    }

    [Fact]
    public void Run_ProgressAsked_ProgressLineOnTheErrorStream()
    {
        var (code, _, error) = Run("batch", Example, "--out", Out(), "--progress", "true");
        Assert.Equal(0, code);
        Assert.StartsWith("\revaluating: 16 patients", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-file.csv", "no such file")]
    [InlineData("docs/examples/seed-case.json", "missing subject, date, lesion, role")]
    public void Run_UnreadableInput_ExitTwoNamingTheFile(string input, string message)
    {
        var (code, _, error) = Run("batch", Path.Combine(Repository.Root, input), "--out", Out());
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoOut_UsageError()
        => Assert.Equal(2, Run("batch", Example).Code);

    private static long CountParquetRows(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = Parquet.ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }

        reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return rows;
    }
}
