using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace ResponseCriteria.Batch;

/// <summary>The file format of a table the batch path writes.</summary>
public enum TableFormat
{
    /// <summary>Comma-separated text with a header row, UTF-8, invariant numbers, ISO dates.</summary>
    Csv = 0,

    /// <summary>Apache Parquet (dates as DATE, numbers as DOUBLE, text as UTF-8 strings), one row group per 65,536 rows.</summary>
    Parquet = 1,
}

/// <summary>What a column holds.</summary>
internal enum ColumnKind
{
    Text,
    Date,
    Number,
    Integer,
    Flag,
}

/// <summary>
/// A table written row by row and flushed in blocks of 65,536 rows, to CSV or Parquet: the one writer behind every table the
/// batch path writes (results, issues, long tables), so each format is written in one place. Cells are kept in typed
/// buffers, one per column (no boxing).
/// </summary>
internal sealed class TableWriter : IDisposable
{
    private const int BlockRows = 65_536;
    private readonly Column[] columns;
    private readonly Stream stream;
    private readonly StreamWriter? csv;
    private readonly ParquetWriter? parquet;
    private int rows;
    private int cell;

    internal TableWriter(string path, TableFormat format, params (string Name, ColumnKind Kind)[] columns)
    {
        this.columns = Array.ConvertAll(columns, c => c.Kind switch
        {
            ColumnKind.Date => (Column)new Column<LocalDate>(c.Name, new DataField<DateOnly?>(c.Name)),
            ColumnKind.Number => new Column<decimal>(c.Name, new DataField<double?>(c.Name)),
            ColumnKind.Integer => new Column<long>(c.Name, new DataField<long?>(c.Name)),
            ColumnKind.Flag => new Column<bool>(c.Name, new DataField<bool?>(c.Name)),
            _ => new TextColumn(c.Name, new DataField<string>(c.Name, true)),
        });
        stream = File.Create(path);
        if (format == TableFormat.Csv)
        {
            csv = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            csv.Write(string.Join(",", Array.ConvertAll(columns, c => c.Name)));
            csv.Write('\n');
        }
        else
        {
            parquet = ParquetWriter.CreateAsync(new ParquetSchema(Array.ConvertAll(this.columns, c => (Field)c.Field)), stream).GetAwaiter().GetResult();
        }
    }

    /// <summary>How many rows were written.</summary>
    internal long Rows { get; private set; }

    /// <summary>Sets the next cell (a text column) of the current row; cells go in column order and <see cref="EndRow"/> ends the row.</summary>
    internal TableWriter Add(string? value) => Set<TextColumn>().Put(rows, value, this);

    internal TableWriter Add(LocalDate? value) => Set<Column<LocalDate>>().Put(rows, value, this);

    internal TableWriter Add(decimal? value) => Set<Column<decimal>>().Put(rows, value, this);

    internal TableWriter Add(long? value) => Set<Column<long>>().Put(rows, value, this);

    internal TableWriter Add(bool? value) => Set<Column<bool>>().Put(rows, value, this);

    internal void EndRow()
    {
        if (cell != columns.Length)
        {
            throw new InvalidOperationException($"A row has {cell} cells; the table has {columns.Length} columns.");
        }

        cell = 0;
        rows++;
        Rows++;
        if (rows == BlockRows)
        {
            Flush();
        }
    }

    public void Dispose()
    {
        Flush();
        csv?.Dispose();
        parquet?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        stream.Dispose();
    }

    private T Set<T>()
        where T : Column
        => columns[cell++] as T ?? throw new InvalidOperationException($"Column {columns[cell - 1].Name} does not hold {typeof(T).Name} values.");

    private void Flush()
    {
        if (rows == 0)
        {
            return;
        }

        if (csv is not null)
        {
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    if (c > 0)
                    {
                        csv.Write(',');
                    }

                    csv.Write(columns[c].Text(r));
                }

                csv.Write('\n');
            }
        }
        else
        {
            using var group = parquet!.CreateRowGroup();
            foreach (var column in columns)
            {
                column.Write(group, rows);
            }
        }

        foreach (var column in columns)
        {
            column.Clear(rows);
        }

        rows = 0;
    }

    /// <summary>One column's block of cells.</summary>
    private abstract class Column(string name, DataField field)
    {
        internal string Name { get; } = name;

        internal DataField Field { get; } = field;

        /// <summary>Cell <paramref name="row"/> as CSV text: invariant numbers, ISO dates, quoted when it holds a comma, quote or line break.</summary>
        internal abstract string Text(int row);

        internal abstract void Write(ParquetRowGroupWriter group, int count);

        internal abstract void Clear(int count);
    }

    private sealed class TextColumn(string name, DataField field) : Column(name, field)
    {
        private readonly string?[] values = new string?[BlockRows];

        internal TableWriter Put(int row, string? value, TableWriter table)
        {
            values[row] = value;
            return table;
        }

        internal override string Text(int row)
            => values[row] is not { } s ? string.Empty
                : s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

        internal override void Write(ParquetRowGroupWriter group, int count)
            => group.WriteAsync(Field, new ArraySegment<string?>(values, 0, count)).GetAwaiter().GetResult();

        internal override void Clear(int count) => Array.Clear(values, 0, count);
    }

    private sealed class Column<T>(string name, DataField field) : Column(name, field)
        where T : struct
    {
        private readonly T?[] values = new T?[BlockRows];

        internal TableWriter Put(int row, T? value, TableWriter table)
        {
            values[row] = value;
            return table;
        }

        internal override string Text(int row) => values[row] switch
        {
            null => string.Empty,
            LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            long n => n.ToString(CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };

        internal override void Write(ParquetRowGroupWriter group, int count)
        {
            var task = values switch
            {
                LocalDate?[] dates => group.WriteAsync<DateOnly>(Field, Convert(dates, count, d => d.ToDateOnly())),
                decimal?[] numbers => group.WriteAsync<double>(Field, Convert(numbers, count, m => (double)m)),
                _ => group.WriteAsync<T>(Field, new ReadOnlyMemory<T?>(values, 0, count)),
            };
            task.GetAwaiter().GetResult();
        }

        internal override void Clear(int count) => Array.Clear(values, 0, count);

        private static ReadOnlyMemory<TOut?> Convert<TIn, TOut>(TIn?[] input, int count, Func<TIn, TOut> convert)
            where TIn : struct
            where TOut : struct
        {
            var output = new TOut?[count];
            for (var r = 0; r < count; r++)
            {
                output[r] = input[r] is { } v ? convert(v) : null;
            }

            return output;
        }
    }
}
