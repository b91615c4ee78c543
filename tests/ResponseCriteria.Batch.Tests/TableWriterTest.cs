using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class TableWriterTest
{
    /// <summary>More than three blocks of 65,536 rows: blocks are written in the background while the next fills.</summary>
    private const int Rows = 200_003;

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Parquet)]
    [InlineData(TableFormat.Arrow)]
    public async Task Dispose_RowsOverSeveralBlocks_EveryRowOnceInOrder(TableFormat format)
    {
        var path = Path.Combine(Repository.Scratch, $"table-writer{TableFormats.Extension(format)}");
        using (var table = new TableWriter(path, format, ("row", ColumnKind.Integer), ("text", ColumnKind.Text), ("size", ColumnKind.Number)))
        {
            for (var r = 0; r < Rows; r++)
            {
                // Every third text cell is null: a block reused after the background write must not show the rows it held.
                table.Add((long)r).Add(r % 3 == 0 ? null : "r" + r).Add(r / 10m).EndRow();
            }

            Assert.Equal(Rows, table.Rows);
        }

        var (numbers, texts, sizes) = await Read(path, format);
        Assert.Equal(Enumerable.Range(0, Rows).Select(r => (long)r), numbers);
        Assert.Equal(Enumerable.Range(0, Rows).Select(r => r % 3 == 0 ? null : "r" + r), texts);
        Assert.Equal(Enumerable.Range(0, Rows).Select(r => r / 10.0), sizes);
    }

    [Fact]
    public void Dispose_CsvTextWithCommasQuotesOrLineBreaks_QuotedWithQuotesDoubled()
    {
        var path = Path.Combine(Repository.Scratch, "table-writer-quoting.csv");
        using (var table = new TableWriter(path, TableFormat.Csv, ("text", ColumnKind.Text)))
        {
            foreach (var text in new[] { ",first", "\"quoted\" at the start", "line\nbreak", "plain" })
            {
                table.Add(text).EndRow();
            }
        }

        Assert.Equal("text\n\",first\"\n\"\"\"quoted\"\" at the start\"\n\"line\nbreak\"\nplain\n", File.ReadAllText(path));
    }

    [Fact]
    public void Add_RecordBatchesOverABlock_OneBatchPerBlockOnTheCallersThread()
    {
        var batches = new System.Collections.Generic.List<(RecordBatch Batch, int Thread)>();
        using (var table = new TableWriter(b => batches.Add((b, Environment.CurrentManagedThreadId)), ("row", ColumnKind.Integer), ("text", ColumnKind.Text)))
        {
            for (var r = 0; r < 70_000; r++)
            {
                table.Add((long)r).Add(r % 3 == 0 ? null : "r" + r).EndRow();
            }
        }

        Assert.Equal([65_536, 4_464], batches.Select(b => b.Batch.Length));
        Assert.All(batches, b => Assert.Equal(Environment.CurrentManagedThreadId, b.Thread));
        Assert.Equal(69_999, ((Int64Array)batches[1].Batch.Column(0)).GetValue(4_463));

        // The null count of each array is the number of null cells (readers such as pyarrow take it as written).
        Assert.Equal([21_846, 1_488], batches.Select(b => b.Batch.Column(1).NullCount));
        Assert.Equal([0, 0], batches.Select(b => b.Batch.Column(0).NullCount));
    }

    private static async Task<(long[] Numbers, string?[] Texts, double[] Sizes)> Read(string path, TableFormat format)
    {
        if (format == TableFormat.Csv)
        {
            var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToList();
            return (rows.Select(c => long.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                rows.Select(c => c[1].Length == 0 ? null : c[1]).ToArray(),
                rows.Select(c => double.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        if (format == TableFormat.Parquet)
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await Parquet.ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
            var fields = reader.Schema.DataFields;
            var (numbers, texts, sizes) = (new System.Collections.Generic.List<long>(), new System.Collections.Generic.List<string?>(), new System.Collections.Generic.List<double>());
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var n = (int)group.RowCount;
                var (a, b, c) = (new long?[n], new string?[n], new double?[n]);
                await group.ReadAsync<long>(fields[0], a.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                await group.ReadAsync(fields[1], b.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                await group.ReadAsync<double>(fields[2], c.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                numbers.AddRange(a.Select(v => v!.Value));
                texts.AddRange(b);
                sizes.AddRange(c.Select(v => v!.Value));
            }

            return (numbers.ToArray(), texts.ToArray(), sizes.ToArray());
        }

        using var file = File.OpenRead(path);
        using var arrow = new ArrowFileReader(file);
        var (ns, ts, ss) = (new System.Collections.Generic.List<long>(), new System.Collections.Generic.List<string?>(), new System.Collections.Generic.List<double>());
        while (await arrow.ReadNextRecordBatchAsync(TestContext.Current.CancellationToken) is { } batch)
        {
            var (a, b, c) = ((Int64Array)batch.Column(0), (StringArray)batch.Column(1), (DoubleArray)batch.Column(2));
            for (var i = 0; i < batch.Length; i++)
            {
                ns.Add(a.GetValue(i)!.Value);
                ts.Add(b.IsNull(i) ? null : b.GetString(i));
                ss.Add(c.GetValue(i)!.Value);
            }
        }

        return (ns.ToArray(), ts.ToArray(), ss.ToArray());
    }
}
