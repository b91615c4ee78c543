using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Apache.Arrow;
using NodaTime;
using ResponseCriteria.Series;

namespace ResponseCriteria.Batch;

/// <summary>
/// Reads the long lesion table from Apache Arrow record batches (from a data frame, Arrow IPC, DuckDB or Polars): text columns
/// as strings, large strings, string views or dictionary-encoded text, dates as Date32, Date64, timestamps or ISO text,
/// sizes as any integer, floating-point, Decimal128 or Decimal256 column or text, flags as booleans or text.
/// </summary>
public static class ArrowLongTableReader
{
    /// <summary>Reads record batches in order (a patient's rows may span batches but must be together).</summary>
    /// <param name="batches">The batches, all with the long-table columns.</param>
    /// <param name="issues">Receives the rows that cannot be used.</param>
    /// <param name="source">The name issues give the batches.</param>
    /// <returns>The patients, one series each, lazily.</returns>
    /// <exception cref="BatchFormatException">(When enumerated.) A batch lacks a required column or has a column of a type that cannot be read.</exception>
    public static IEnumerable<PatientSeries> Read(IEnumerable<RecordBatch> batches, BatchIssues issues, string source = "record batch")
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(source);
        return Stream(batches, issues, source);
    }

    private static IEnumerable<PatientSeries> Stream(IEnumerable<RecordBatch> batches, BatchIssues issues, string source)
    {
        var assembler = new SeriesAssembler(source, issues);
        long number = 0;
        foreach (var batch in batches)
        {
            var columns = Columns.Find(source, batch.Schema.FieldsList.Select(f => f.Name).ToList());
            var subject = Text(batch, columns.Subject, source)!;
            var lesion = Text(batch, columns.Lesion, source)!;
            var role = Text(batch, columns.Role, source)!;
            var organ = Text(batch, columns.Organ, source);
            var node = Text(batch, columns.Node, source);
            var status = Text(batch, columns.Status, source);
            var equivocal = Text(batch, columns.Equivocal, source);
            var unscheduled = Text(batch, columns.Unscheduled, source);
            var dateArray = batch.Column(columns.Date);
            var dateText = TextCells(dateArray, batch.Schema.FieldsList[columns.Date].Name, source);
            var date = dateText is null ? Dates(dateArray, batch.Schema.FieldsList[columns.Date].Name, source) : null;
            var (size, sizeText) = columns.Size >= 0 ? Sizes(batch.Column(columns.Size), batch.Schema.FieldsList[columns.Size].Name, source) : (null, null);
            for (var i = 0; i < batch.Length; i++)
            {
                number++;
                issues.RowsRead++;
                var parsed = Columns.Parse(number, subject(i), dateText?.Invoke(i), date?.Invoke(i), lesion(i), role(i), organ?.Invoke(i), node?.Invoke(i), sizeText?.Invoke(i), size?.Invoke(i), status?.Invoke(i), equivocal?.Invoke(i), unscheduled?.Invoke(i), assembler);
                if (parsed is { } row && assembler.Add(row) is { } series)
                {
                    yield return series;
                }
            }
        }

        if (assembler.Finish() is { } last)
        {
            yield return last;
        }
    }

    private static Func<int, string?>? Text(RecordBatch batch, int index, string source)
    {
        if (index < 0)
        {
            return null;
        }

        var name = batch.Schema.FieldsList[index].Name;
        var column = batch.Column(index);
        return TextCells(column, name, source) ?? throw new BatchFormatException(source, $"column {name} is {TypeName(column)}; text was expected");
    }

    private static string TypeName(IArrowArray column)
        => column is DictionaryArray coded ? $"a dictionary of {TypeName(coded.Dictionary)} indexed by {coded.Indices.Data.DataType.Name}" : column.Data.DataType.Name;

    /// <summary>
    /// The cells of a column that holds text, as strings: UTF-8 in any of Arrow's layouts (string, large string, string view:
    /// Polars and DuckDB write all three), dictionary-encoded text (categoricals and factors; each entry decoded once), or
    /// booleans as the words true and false. Null for a column of another type.
    /// </summary>
    private static Func<int, string?>? TextCells(IArrowArray column, string name, string source) => column switch
    {
        StringArray text => Decoded(text),
        LargeStringArray text => Decoded(text, static (a, i) => a.GetBytes(i)),
        StringViewArray text => Decoded(text, static (a, i) => a.GetBytes(i)),
        BooleanArray flags => Flags(flags),
        DictionaryArray coded when TextCells(coded.Dictionary, name, source) is { } entries && Integers(coded.Indices) is { } indices
            => Coded(coded, entries, indices, name, source),
        _ => null,
    };

    /// <summary>
    /// A text column's cells, each distinct recent value decoded once (a patient's rows repeat its subject, lesion ids and words).
    /// The column's buffers are taken once (<see cref="Cells"/>): a cell is then two offsets and a slice.
    /// </summary>
    private static Func<int, string?> Decoded(StringArray text)
    {
        var strings = new Utf8Strings();
        var cells = new Cells(text);
        var values = text.ValueBuffer.Memory;
        var offsets = text.ValueOffsetsBuffer.Memory;
        return i =>
        {
            if (cells.IsNull(i))
            {
                return null;
            }

            var bounds = MemoryMarshal.Cast<byte, int>(offsets.Span);
            var at = cells.Offset + i;
            return strings.Get(values.Span[bounds[at]..bounds[at + 1]]);
        };
    }

    /// <summary>The cells of a text column in another layout, read through the array's own accessor (decoded as <see cref="Decoded(StringArray)"/>).</summary>
    private static Func<int, string?> Decoded<TArray>(TArray text, Utf8Cell<TArray> bytes)
        where TArray : Apache.Arrow.Array
    {
        var strings = new Utf8Strings();
        return i => text.IsNull(i) ? null : strings.Get(bytes(text, i));
    }

    private delegate ReadOnlySpan<byte> Utf8Cell<in TArray>(TArray array, int index);

    /// <summary>Dictionary-encoded cells: each entry of the dictionary decoded the first time a cell points at it.</summary>
    private static Func<int, string?> Coded(DictionaryArray coded, Func<int, string?> entries, Func<int, long?> indices, string name, string source)
    {
        var decoded = new string?[coded.Dictionary.Length];
        var done = new bool[decoded.Length];
        return i =>
        {
            if (indices(i) is not { } index)
            {
                return null;
            }

            if (index < 0 || index >= decoded.Length)
            {
                throw new BatchFormatException(source, $"column {name} has a dictionary index {index}, outside its dictionary of {decoded.Length} entries");
            }

            if (!done[index])
            {
                (decoded[index], done[index]) = (entries((int)index), true);
            }

            return decoded[index];
        };
    }

    private static Func<int, LocalDate?> Dates(IArrowArray array, string name, string source)
    {
        Func<int, DateOnly?> day = array switch
        {
            Date32Array d => Date32(d),
            Date64Array d => d.GetDateOnly,
            TimestampArray t => i => t.GetTimestamp(i) is { } v ? DateOnly.FromDateTime(v.DateTime) : null,
            _ => throw new BatchFormatException(source, $"column {name} is {array.Data.DataType.Name}; a date, a timestamp or ISO text was expected"),
        };

        // The rows of one scan share its date: each run of one date is converted once.
        DateOnly? last = null;
        LocalDate? converted = null;
        return i =>
        {
            var value = day(i);
            if (value != last)
            {
                (last, converted) = (value, value is { } v ? LocalDate.FromDateOnly(v) : null);
            }

            return converted;
        };
    }

    /// <summary>Boolean cells as the words true and false, read from the column's bitmap.</summary>
    private static Func<int, string?> Flags(BooleanArray flags)
    {
        var cells = new Cells(flags);
        var values = flags.ValueBuffer.Memory;
        return i =>
        {
            if (cells.IsNull(i))
            {
                return null;
            }

            return BitUtility.GetBit(values.Span, cells.Offset + i) ? "true" : "false";
        };
    }

    /// <summary>Date32 cells (days since 1970-01-01) read from the column's buffer.</summary>
    private static Func<int, DateOnly?> Date32(Date32Array dates)
    {
        var cells = new Cells(dates);
        var values = dates.ValueBuffer.Memory;
        return i => cells.IsNull(i) ? null : DateOnly.FromDayNumber(UnixEpochDayNumber + MemoryMarshal.Cast<byte, int>(values.Span)[cells.Offset + i]);
    }

    /// <summary>The day number of 1970-01-01, the day Arrow's Date32 counts from.</summary>
    internal static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Double cells read from the column's buffer, each as the decimal it was written as.</summary>
    private static Func<int, decimal?> Doubles(DoubleArray numbers)
    {
        var cells = new Cells(numbers);
        var values = numbers.ValueBuffer.Memory;
        return i => cells.IsNull(i) ? null : Words.Exact(MemoryMarshal.Cast<byte, double>(values.Span)[cells.Offset + i]);
    }

    /// <summary>
    /// Where an array's cells are and which are null, taken from it once: its offset and validity bitmap (a column without
    /// nulls is never looked up). The typed readers above index the buffers themselves instead of the array's checked
    /// accessors, which recompute their spans on every cell.
    /// </summary>
    private readonly struct Cells(Apache.Arrow.Array array)
    {
        private readonly ReadOnlyMemory<byte> validity = array.NullBitmapBuffer.Memory;
        private readonly bool nulls = array.NullCount > 0 && !array.NullBitmapBuffer.IsEmpty;

        internal int Offset { get; } = array.Offset;

        internal bool IsNull(int i) => nulls && !BitUtility.GetBit(validity.Span, Offset + i);
    }

    /// <summary>
    /// A size column: text (parsed with the row), or numbers. Integers of any width and floating-point cells are read as
    /// decimals; a Decimal128 or Decimal256 cell too large for a decimal is handed on as its text, so its row is rejected as a
    /// size that cannot be read, not dropped.
    /// </summary>
    private static (Func<int, decimal?>? Numbers, Func<int, string?>? Text) Sizes(IArrowArray array, string name, string source)
    {
        if (TextCells(array, name, source) is { } text)
        {
            return (null, text);
        }

        if (Integers(array) is { } integers)
        {
            return (i => integers(i), null);
        }

        return array switch
        {
            Decimal128Array d => (i => d.TryGetValue(i, out var v) ? v : null, i => d.TryGetValue(i, out _) ? null : d.GetString(i)),
            Decimal256Array d => (i => d.TryGetValue(i, out var v) ? v : null, i => d.TryGetValue(i, out _) ? null : d.GetString(i)),
            DoubleArray d => (Doubles(d), null),
            FloatArray f => (i => f.GetValue(i) is { } v ? Words.Exact(double.Parse(v.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)) : null, null),
            UInt64Array n => (i => n.GetValue(i), null),
            _ => throw new BatchFormatException(source, $"column {name} is {TypeName(array)}; a number or text was expected"),
        };
    }

    /// <summary>The cells of a signed integer column or an unsigned one of up to 32 bits (any such column fits a long); null for another type.</summary>
    private static Func<int, long?>? Integers(IArrowArray array) => array switch
    {
        Int8Array n => i => n.GetValue(i),
        Int16Array n => i => n.GetValue(i),
        Int32Array n => i => n.GetValue(i),
        Int64Array n => i => n.GetValue(i),
        UInt8Array n => i => n.GetValue(i),
        UInt16Array n => i => n.GetValue(i),
        UInt32Array n => i => n.GetValue(i),
        _ => null,
    };
}

/// <summary>
/// Strings of UTF-8 cells with the recent distinct values decoded once: a direct-mapped cache of 64 slots keyed by the bytes
/// (bounded whatever the column holds; a value longer than 64 bytes is decoded every time).
/// </summary>
internal sealed class Utf8Strings
{
    private const int Slots = 64;
    private readonly byte[]?[] keys = new byte[]?[Slots];
    private readonly string?[] values = new string?[Slots];

    internal string Get(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return string.Empty;
        }

        if (bytes.Length > Slots)
        {
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        // A cheap spread of the length and three bytes (ids and subjects differ at the end); a collision only costs a decode.
        var slot = unchecked((bytes.Length * 7) + (bytes[0] * 3) + (bytes[^1] * 31) + bytes[bytes.Length / 2]) & (Slots - 1);
        if (keys[slot] is { } key && bytes.SequenceEqual(key))
        {
            return values[slot]!;
        }

        var value = System.Text.Encoding.UTF8.GetString(bytes);
        keys[slot] = bytes.ToArray();
        values[slot] = value;
        return value;
    }
}
