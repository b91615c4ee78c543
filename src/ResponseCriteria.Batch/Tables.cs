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
/// A table written row by row and flushed in blocks, to CSV or Parquet: the one writer behind every table the batch path
/// writes (results, issues, long tables), so each format is written in one place.
/// </summary>
internal sealed class TableWriter : IDisposable
{
    private const int BlockRows = 65_536;
    private readonly (string Name, ColumnKind Kind)[] columns;
    private readonly object?[][] block;
    private readonly TableFormat format;
    private readonly Stream stream;
    private readonly StreamWriter? csv;
    private readonly ParquetWriter? parquet;
    private readonly DataField[] fields = [];
    private int rows;
    private int cell;

    internal TableWriter(string path, TableFormat format, params (string Name, ColumnKind Kind)[] columns)
    {
        this.columns = columns;
        this.format = format;
        block = new object?[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            block[c] = new object?[BlockRows];
        }

        stream = File.Create(path);
        if (format == TableFormat.Csv)
        {
            csv = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            csv.Write(string.Join(",", Array.ConvertAll(columns, c => c.Name)));
            csv.Write('\n');
        }
        else
        {
            fields = Array.ConvertAll(columns, c => c.Kind switch
            {
                ColumnKind.Date => new DataField<DateOnly?>(c.Name),
                ColumnKind.Number => new DataField<double?>(c.Name),
                ColumnKind.Integer => new DataField<long?>(c.Name),
                ColumnKind.Flag => new DataField<bool?>(c.Name),
                _ => (DataField)new DataField<string>(c.Name, true),
            });
            parquet = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).GetAwaiter().GetResult();
        }
    }

    /// <summary>How many rows were written.</summary>
    internal long Rows { get; private set; }

    /// <summary>Sets the next cell of the current row (cells in column order); <see cref="EndRow"/> ends the row.</summary>
    internal TableWriter Add(object? value)
    {
        block[cell++][rows] = value;
        return this;
    }

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

                    csv.Write(Text(block[c][r]));
                }

                csv.Write('\n');
            }
        }
        else
        {
            using var group = parquet!.CreateRowGroup();
            for (var c = 0; c < columns.Length; c++)
            {
                var values = block[c];
                switch (columns[c].Kind)
                {
                    case ColumnKind.Date:
                        group.WriteAsync<DateOnly>(fields[c], Typed(values, v => ((LocalDate)v).ToDateOnly())).GetAwaiter().GetResult();
                        break;
                    case ColumnKind.Number:
                        group.WriteAsync<double>(fields[c], Typed(values, v => (double)(decimal)v)).GetAwaiter().GetResult();
                        break;
                    case ColumnKind.Integer:
                        group.WriteAsync<long>(fields[c], Typed(values, Convert.ToInt64)).GetAwaiter().GetResult();
                        break;
                    case ColumnKind.Flag:
                        group.WriteAsync<bool>(fields[c], Typed(values, v => (bool)v)).GetAwaiter().GetResult();
                        break;
                    default:
                        var text = new string?[rows];
                        for (var r = 0; r < rows; r++)
                        {
                            text[r] = values[r] as string;
                        }

                        group.WriteAsync(fields[c], text).GetAwaiter().GetResult();
                        break;
                }
            }
        }

        foreach (var column in block)
        {
            Array.Clear(column, 0, rows);
        }

        rows = 0;
    }

    private ReadOnlyMemory<T?> Typed<T>(object?[] values, Func<object, T> convert)
        where T : struct
    {
        var typed = new T?[rows];
        for (var r = 0; r < rows; r++)
        {
            typed[r] = values[r] is { } v ? convert(v) : null;
        }

        return typed;
    }

    /// <summary>A cell as CSV text: invariant numbers, ISO dates, quoted when it holds a comma, quote or line break.</summary>
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s,
        LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
