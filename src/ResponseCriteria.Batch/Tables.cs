using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Types;
using NodaTime;
using Parquet;
using Parquet.Schema;
using Array = System.Array;

namespace ResponseCriteria.Batch;

/// <summary>The file format of a table the batch path writes.</summary>
public enum TableFormat
{
    /// <summary>Comma-separated text with a header row, UTF-8, invariant numbers, ISO dates.</summary>
    Csv = 0,

    /// <summary>Apache Parquet (dates as DATE, numbers as DOUBLE, text as UTF-8 strings), one row group per 65,536 rows.</summary>
    Parquet = 1,

    /// <summary>
    /// The Apache Arrow IPC file format (Feather version 2; <c>.arrow</c>): dates as Date32, numbers as Double, text as UTF-8
    /// strings, one record batch per 65,536 rows, uncompressed.
    /// </summary>
    Arrow = 2,
}

/// <summary>The file extension of each table format, and the format a file name says.</summary>
public static class TableFormats
{
    /// <summary>The extension the batch path gives a file of <paramref name="format"/>: <c>.csv</c>, <c>.parquet</c> or <c>.arrow</c>.</summary>
    /// <param name="format">The format.</param>
    public static string Extension(TableFormat format) => format switch
    {
        TableFormat.Parquet => ".parquet",
        TableFormat.Arrow => ".arrow",
        _ => ".csv",
    };

    /// <summary>
    /// The format of a file by its name: <c>.parquet</c> is Parquet; <c>.arrow</c>, <c>.feather</c> and <c>.ipc</c> are Arrow;
    /// anything else is CSV (gzip-compressed when the name ends in <c>.gz</c>).
    /// </summary>
    /// <param name="path">The file name or path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static TableFormat FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? TableFormat.Parquet
            : path.EndsWith(".arrow", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".feather", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ipc", StringComparison.OrdinalIgnoreCase) ? TableFormat.Arrow
            : TableFormat.Csv;
    }
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
/// A table written row by row and flushed in blocks of up to 65,536 rows, to CSV, Parquet or Apache Arrow record batches: the
/// one writer behind every table the batch path writes (results, issues, long tables), so each format is written in one
/// place. Cells are kept in typed buffers, one per column (no boxing). A file is written in the background: a full block is
/// encoded and written on the thread pool while the next one fills (two blocks at most; a failed write is thrown by the
/// next block's hand-over, <see cref="Flush"/> or <see cref="Dispose"/>). Record batches are handed out on the caller's thread.
/// </summary>
internal sealed class TableWriter : IDisposable
{
    private const int BlockRows = 65_536;

    /// <summary>The cells a column holds at first: its arrays double as rows come, up to a block (a short table does not hold a block's worth).</summary>
    private const int FirstRows = 1_024;
    private readonly Stream? stream;
    private readonly StreamWriter? csv;
    private readonly ParquetWriter? parquet;
    private readonly Action<RecordBatch>? arrow;
    private readonly Schema? arrowSchema;
    private readonly Apache.Arrow.Ipc.ArrowFileWriter? arrowFile;

    /// <summary>The block being filled.</summary>
    private Column[] columns;

    /// <summary>The other block (files only): free, or the one <see cref="writing"/> writes.</summary>
    private Column[]? spare;

    /// <summary>The write of the last full block, while it runs.</summary>
    private Task? writing;
    private int rows;
    private int cell;

    internal TableWriter(string path, TableFormat format, params (string Name, ColumnKind Kind)[] columns)
    {
        this.columns = Array.ConvertAll(columns, NewColumn);
        stream = File.Create(path);
        if (format == TableFormat.Csv)
        {
            csv = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            csv.Write(string.Join(",", Array.ConvertAll(columns, c => c.Name)));
            csv.Write('\n');
        }
        else if (format == TableFormat.Arrow)
        {
            arrowSchema = ArrowSchema(this.columns);
            arrowFile = new Apache.Arrow.Ipc.ArrowFileWriter(stream, arrowSchema, leaveOpen: true);
            arrowFile.WriteStart(); // the header and schema now, not with the first batch: a table of no rows is a readable file too
            arrow = arrowFile.WriteRecordBatch;
        }
        else
        {
            parquet = ParquetWriter.CreateAsync(new ParquetSchema(Array.ConvertAll(this.columns, c => (Parquet.Schema.Field)c.Field)), stream).GetAwaiter().GetResult();
        }
    }

    /// <summary>A table handed out as Arrow record batches (text as UTF-8 strings, dates as Date32, numbers as Double, integers as Int64, flags as Boolean; every column nullable).</summary>
    /// <param name="batches">Receives each block of rows as a record batch.</param>
    /// <param name="columns">The columns.</param>
    internal TableWriter(Action<RecordBatch> batches, params (string Name, ColumnKind Kind)[] columns)
    {
        this.columns = Array.ConvertAll(columns, NewColumn);
        arrow = batches;
        arrowSchema = ArrowSchema(this.columns);
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
        if (rows < BlockRows)
        {
            return;
        }

        if (stream is null)
        {
            Flush();
            return;
        }

        // A file: the full block is written in the background and the other block fills meanwhile.
        Wait();
        var full = columns;
        columns = spare ?? Array.ConvertAll(full, c => c.Empty());
        spare = full;
        rows = 0;
        WriteInBackground(full);
    }

    /// <summary>Writes a full block on the thread pool (a method of its own: the closure is made here, not on every row's <see cref="EndRow"/>).</summary>
    private void WriteInBackground(Column[] full) => writing = Task.Run(() => Write(full, BlockRows));

    public void Dispose()
    {
        try
        {
            Flush();
            csv?.Dispose();
            parquet?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (arrowFile is not null)
            {
                arrowFile.WriteEnd();
                arrowFile.Dispose();
            }
        }
        finally
        {
            stream?.Dispose();
        }
    }

    /// <summary>Writes the rows so far (as a record batch of their own, for Arrow), after the block being written in the background.</summary>
    internal void Flush()
    {
        Wait();
        if (rows > 0)
        {
            Write(columns, rows);
            rows = 0;
        }
    }

    /// <summary>Waits for the block being written in the background; throws what its write threw.</summary>
    private void Wait()
    {
        if (writing is { } task)
        {
            writing = null;
            task.GetAwaiter().GetResult();
        }
    }

    /// <summary>Writes the first <paramref name="count"/> rows of <paramref name="block"/> and clears them.</summary>
    private void Write(Column[] block, int count)
    {
        if (csv is not null)
        {
            for (var r = 0; r < count; r++)
            {
                for (var c = 0; c < block.Length; c++)
                {
                    if (c > 0)
                    {
                        csv.Write(',');
                    }

                    csv.Write(block[c].Text(r));
                }

                csv.Write('\n');
            }
        }
        else if (arrow is not null)
        {
            arrow(new RecordBatch(arrowSchema!, Array.ConvertAll(block, c => c.Arrow(count)), count));
        }
        else
        {
            using var group = parquet!.CreateRowGroup();
            foreach (var column in block)
            {
                column.Write(group, count);
            }
        }

        foreach (var column in block)
        {
            column.Clear(count);
        }
    }

    private static Schema ArrowSchema(Column[] columns)
        => new(Array.ConvertAll(columns, c => new Apache.Arrow.Field(c.Name, c.ArrowType, nullable: true)), null);

    private static Column NewColumn((string Name, ColumnKind Kind) c) => c.Kind switch
    {
        ColumnKind.Date => new Column<LocalDate>(c.Name, new DataField<DateOnly?>(c.Name), Date32Type.Default),
        ColumnKind.Number => new Column<decimal>(c.Name, new DataField<double?>(c.Name), DoubleType.Default),
        ColumnKind.Integer => new Column<long>(c.Name, new DataField<long?>(c.Name), Int64Type.Default),
        ColumnKind.Flag => new Column<bool>(c.Name, new DataField<bool?>(c.Name), BooleanType.Default),
        _ => new TextColumn(c.Name, new DataField<string>(c.Name, true)),
    };

    /// <summary>A bitmap with bit <c>r</c> set where <paramref name="test"/> holds for cell <c>r</c> (least significant bit first, as Arrow packs bits).</summary>
    private static ArrowBuffer Bits<T>(T[] cells, int count, Func<T, bool> test)
    {
        var bits = new byte[(count + 7) / 8];
        for (var r = 0; r < count; r++)
        {
            if (test(cells[r]))
            {
                bits[r >> 3] |= (byte)(1 << (r & 7));
            }
        }

        return new ArrowBuffer(bits);
    }

    /// <summary>The validity bitmap of a block (empty when no cell is null), and how many cells are null.</summary>
    private static ArrowBuffer Validity<T>(T[] cells, int count, out int nulls)
    {
        nulls = 0;
        for (var r = 0; r < count; r++)
        {
            nulls += cells[r] is null ? 1 : 0;
        }

        return nulls == 0 ? ArrowBuffer.Empty : Bits(cells, count, c => c is not null);
    }

    /// <summary>A column's cells in an array twice as long (at most a block).</summary>
    private static TCell[] Grown<TCell>(TCell[] cells)
    {
        var grown = new TCell[Math.Min(2 * cells.Length, BlockRows)];
        Array.Copy(cells, grown, cells.Length);
        return grown;
    }

    private T Set<T>()
        where T : Column
        => columns[cell++] as T ?? throw new InvalidOperationException($"Column {columns[cell - 1].Name} does not hold {typeof(T).Name} values.");

    /// <summary>One column's block of cells.</summary>
    private abstract class Column(string name, DataField field, IArrowType arrowType)
    {
        internal string Name { get; } = name;

        internal DataField Field { get; } = field;

        internal IArrowType ArrowType { get; } = arrowType;

        /// <summary>The first <paramref name="count"/> cells as an Arrow array.</summary>
        internal abstract IArrowArray Arrow(int count);

        /// <summary>Cell <paramref name="row"/> as CSV text: invariant numbers, ISO dates, quoted when it holds a comma, quote or line break.</summary>
        internal abstract string Text(int row);

        internal abstract void Write(ParquetRowGroupWriter group, int count);

        internal abstract void Clear(int count);

        /// <summary>An empty column of the same name, field and type (the other block of a file).</summary>
        internal abstract Column Empty();
    }

    private sealed class TextColumn(string name, DataField field) : Column(name, field, StringType.Default)
    {
        private string?[] values = new string?[FirstRows];

        internal TableWriter Put(int row, string? value, TableWriter table)
        {
            if (row == values.Length)
            {
                values = Grown(values);
            }

            values[row] = value;
            return table;
        }

        internal override string Text(int row)
            => values[row] is not { } s ? string.Empty
                : s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

        internal override void Write(ParquetRowGroupWriter group, int count)
            => group.WriteAsync(Field, new ArraySegment<string?>(values, 0, count)).GetAwaiter().GetResult();

        /// <summary>The cells as UTF-8 in one buffer at its size, with their offsets (no builder: it grows by doubling and copies).</summary>
        internal override IArrowArray Arrow(int count)
        {
            var offsetBytes = new byte[(count + 1) * sizeof(int)];
            var offsets = MemoryMarshal.Cast<byte, int>(offsetBytes.AsSpan());
            var length = 0;
            for (var r = 0; r < count; r++)
            {
                length += values[r] is { } v ? Encoding.UTF8.GetByteCount(v) : 0;
                offsets[r + 1] = length;
            }

            var data = new byte[length];
            for (var r = 0; r < count; r++)
            {
                if (values[r] is { } v)
                {
                    Encoding.UTF8.GetBytes(v, data.AsSpan(offsets[r]));
                }
            }

            var validity = Validity(values, count, out var nulls);
            return new StringArray(count, new ArrowBuffer(offsetBytes), new ArrowBuffer(data), validity, nulls);
        }

        internal override void Clear(int count) => Array.Clear(values, 0, count);

        internal override Column Empty() => new TextColumn(Name, Field);
    }

    private sealed class Column<T>(string name, DataField field, IArrowType arrowType) : Column(name, field, arrowType)
        where T : struct
    {
        private T?[] values = new T?[FirstRows];

        /// <summary>The cells converted for Parquet (dates as DateOnly, decimals as doubles), made on the first block written.</summary>
        private System.Array? converted;

        internal TableWriter Put(int row, T? value, TableWriter table)
        {
            if (row == values.Length)
            {
                values = Grown(values);
            }

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

        /// <summary>The cells in one value buffer at its size and a validity bitmap (none when no cell is null).</summary>
        internal override IArrowArray Arrow(int count)
        {
            var validity = Validity(values, count, out var nulls);
            return values switch
            {
                LocalDate?[] dates => new Date32Array(Fixed(dates, count, d => d.ToDateOnly().DayNumber - ArrowLongTableReader.UnixEpochDayNumber), validity, count, nulls, 0),
                decimal?[] numbers => new DoubleArray(Fixed(numbers, count, m => (double)m), validity, count, nulls, 0),
                long?[] integers => new Int64Array(Fixed(integers, count, n => n), validity, count, nulls, 0),
                bool?[] flags => new BooleanArray(Bits(flags, count, f => f == true), validity, count, nulls, 0),
                _ => throw new InvalidOperationException($"Column {Name} has no Arrow type."),
            };
        }

        internal override void Clear(int count) => Array.Clear(values, 0, count);

        internal override Column Empty() => new Column<T>(Name, Field, ArrowType);

        /// <summary>A fixed-width value buffer: each cell converted, a null cell left zero.</summary>
        private static ArrowBuffer Fixed<TValue, TOut>(TValue?[] input, int count, Func<TValue, TOut> convert)
            where TValue : struct
            where TOut : unmanaged
        {
            var bytes = new byte[count * Unsafe.SizeOf<TOut>()];
            var output = MemoryMarshal.Cast<byte, TOut>(bytes.AsSpan());
            for (var r = 0; r < count; r++)
            {
                if (input[r] is { } v)
                {
                    output[r] = convert(v);
                }
            }

            return new ArrowBuffer(bytes);
        }

        /// <summary>The first <paramref name="count"/> cells converted for Parquet, in an array this column keeps (a block's worth of cells is a large object: made once, not per block; longer as the column grows).</summary>
        private ReadOnlyMemory<TOut?> Convert<TIn, TOut>(TIn?[] input, int count, Func<TIn, TOut> convert)
            where TIn : struct
            where TOut : struct
        {
            var output = converted is TOut?[] kept && kept.Length >= count ? kept : new TOut?[values.Length];
            converted = output;
            for (var r = 0; r < count; r++)
            {
                output[r] = input[r] is { } v ? convert(v) : null;
            }

            return output.AsMemory(0, count);
        }
    }
}
