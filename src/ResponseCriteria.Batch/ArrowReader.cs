using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
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
        return ColumnBlock.Assemble(Blocks(batches, source), issues, source);
    }

    /// <summary>The rows decoded at a time: a window of a batch whose columns stay in the cache while its rows are parsed.</summary>
    private const int WindowRows = 1024;

    private static IEnumerable<ColumnBlock> Blocks(IEnumerable<RecordBatch> batches, string source)
    {
        var block = new ArrowBlock();
        foreach (var batch in batches)
        {
            var columns = Columns.Find(source, batch.Schema.FieldsList.Select(f => f.Name).ToList());
            for (var start = 0; start < batch.Length; start += WindowRows)
            {
                block.Fill(start == 0 && batch.Length <= WindowRows ? batch : batch.Slice(start, Math.Min(WindowRows, batch.Length - start)), columns, source);
                yield return block;
            }
        }
    }

    internal static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    private static string TypeName(IArrowArray column)
        => column is DictionaryArray coded ? $"a dictionary of {TypeName(coded.Dictionary)} indexed by {coded.Indices.Data.DataType.Name}" : column.Data.DataType.Name;

    /// <summary>
    /// A record batch (or a window of one) with each column decoded in one pass into the block's arrays: a column's buffers
    /// are taken once, and a cell is then a few reads from them (no call per cell). Text columns keep their decoded strings
    /// (<see cref="TextColumn"/>) from batch to batch.
    /// </summary>
    private sealed class ArrowBlock : ColumnBlock
    {
        private readonly TextColumn subjects = new(), lesions = new(), roles = new(), organs = new(), nodes = new(), statuses = new(),
            equivocals = new(), unscheduleds = new(), dateTexts = new(), sizeTexts = new();

        internal void Fill(RecordBatch batch, Columns columns, string source)
        {
            var fields = batch.Schema.FieldsList;
            var n = batch.Length;
            Count = n;
            Subject = Text(columns.Subject, Subject, subjects)!;
            Lesion = Text(columns.Lesion, Lesion, lesions)!;
            Role = Text(columns.Role, Role, roles)!;
            Organ = Text(columns.Organ, Organ, organs);
            Node = Text(columns.Node, Node, nodes);
            Status = Text(columns.Status, Status, statuses);
            Equivocal = Text(columns.Equivocal, Equivocal, equivocals);
            Unscheduled = Text(columns.Unscheduled, Unscheduled, unscheduleds);

            var dates = batch.Column(columns.Date);
            var dateText = IsText(dates);
            DateText = dateText ? Text(columns.Date, DateText, dateTexts) : null;
            Dates = dateText ? null : DatesOf(dates, fields[columns.Date].Name, AtLeast(Dates, n), n, source);

            var sizes = columns.Size >= 0 ? batch.Column(columns.Size) : null;
            if (sizes is null || IsText(sizes))
            {
                SizeText = sizes is null ? null : Text(columns.Size, SizeText, sizeTexts);
                Sizes = null;
            }
            else
            {
                // A Decimal cell beyond .NET's decimal keeps its text (the row is then rejected with it).
                Sizes = AtLeast(Sizes, n);
                SizeText = sizes is Decimal128Array or Decimal256Array ? AtLeast(SizeText, n) : null;
                Numbers(sizes, fields[columns.Size].Name, Sizes, SizeText, n, source);
            }

            string?[]? Text(int index, string?[]? into, TextColumn column)
            {
                if (index < 0)
                {
                    return null;
                }

                var cells = AtLeast(into, n);
                TextCells(batch.Column(index), fields[index].Name, source, cells.AsSpan(0, n), column);
                return cells;
            }
        }
    }

    /// <summary>
    /// What a text column keeps from window to window: the recent distinct strings (a patient's rows repeat its subject,
    /// lesion ids and words), and the decoded entries of the dictionary its cells were last coded with.
    /// </summary>
    private sealed class TextColumn
    {
        private IArrowArray? dictionary;
        private string?[] decoded = [];
        private bool[] done = [];

        internal RecentStrings<byte> Strings { get; } = new();

        /// <summary>Entry <paramref name="index"/> of <paramref name="entries"/>, decoded the first time it is asked for.</summary>
        internal string? Entry(IArrowArray entries, int index)
        {
            if (!ReferenceEquals(entries.Data, dictionary?.Data))
            {
                (dictionary, decoded, done) = (entries, new string?[entries.Length], new bool[entries.Length]);
            }

            if (!done[index])
            {
                (decoded[index], done[index]) = (TextAt(entries, index, Strings), true);
            }

            return decoded[index];
        }
    }

    /// <summary>Whether <see cref="TextCells"/> reads the column: UTF-8 in any layout, booleans, or a dictionary of those indexed by integers (<see cref="IsIndex"/>).</summary>
    private static bool IsText(IArrowArray column)
        => column is StringArray or LargeStringArray or StringViewArray or BooleanArray
            || (column is DictionaryArray { Dictionary: StringArray or LargeStringArray or StringViewArray or BooleanArray } coded && IsIndex(coded.Indices));

    private static bool IsIndex(IArrowArray column)
        => column is Int8Array or Int16Array or Int32Array or Int64Array or UInt8Array or UInt16Array or UInt32Array;

    /// <summary>
    /// The cells of a column that holds text, as strings: UTF-8 in any of Arrow's layouts (string, large string, string view:
    /// Polars and DuckDB write all three), dictionary-encoded text (categoricals and factors; each entry decoded once), or
    /// booleans as the words true and false.
    /// </summary>
    /// <exception cref="BatchFormatException">The column holds something else.</exception>
    private static void TextCells(IArrowArray column, string name, string source, Span<string?> into, TextColumn text)
    {
        switch (column)
        {
            case StringArray array:
                Utf8(array, into, text.Strings);
                break;
            case LargeStringArray array:
                for (var i = 0; i < into.Length; i++)
                {
                    into[i] = array.IsNull(i) ? null : text.Strings.Get(array.GetBytes(i));
                }

                break;
            case StringViewArray array:
                for (var i = 0; i < into.Length; i++)
                {
                    into[i] = array.IsNull(i) ? null : text.Strings.Get(array.GetBytes(i));
                }

                break;
            case BooleanArray flags:
                Flags(flags, into);
                break;
            case DictionaryArray coded when IsText(coded):
                Coded(coded, name, source, into, text);
                break;
            default:
                throw new BatchFormatException(source, $"column {name} is {TypeName(column)}; text was expected");
        }
    }

    /// <summary>UTF-8 cells, each distinct recent value decoded once: a cell is two offsets and a slice of the column's buffer.</summary>
    private static void Utf8(StringArray text, Span<string?> into, RecentStrings<byte> strings)
    {
        var validity = new Validity(text);
        var bounds = MemoryMarshal.Cast<byte, int>(text.ValueOffsetsBuffer.Span);
        var values = text.ValueBuffer.Span;
        for (var i = 0; i < into.Length; i++)
        {
            var at = validity.Offset + i;
            into[i] = validity.IsNull(i) ? null : strings.Get(values[bounds[at]..bounds[at + 1]]);
        }
    }

    /// <summary>Boolean cells as the words true and false, read from the column's bitmap.</summary>
    private static void Flags(BooleanArray flags, Span<string?> into)
    {
        var validity = new Validity(flags);
        var values = flags.ValueBuffer.Span;
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = validity.IsNull(i) ? null : BitUtility.GetBit(values, validity.Offset + i) ? "true" : "false";
        }
    }

    /// <summary>Dictionary-encoded cells: each entry of the dictionary decoded the first time a cell points at it.</summary>
    private static void Coded(DictionaryArray coded, string name, string source, Span<string?> into, TextColumn text)
    {
        switch (coded.Indices)
        {
            case Int8Array a: Coded(a, coded.Dictionary, name, source, into, text); break;
            case Int16Array a: Coded(a, coded.Dictionary, name, source, into, text); break;
            case Int32Array a: Coded(a, coded.Dictionary, name, source, into, text); break;
            case Int64Array a: Coded(a, coded.Dictionary, name, source, into, text); break;
            case UInt8Array a: Coded(a, coded.Dictionary, name, source, into, text); break;
            case UInt16Array a: Coded(a, coded.Dictionary, name, source, into, text); break;
            case UInt32Array a: Coded(a, coded.Dictionary, name, source, into, text); break;
        }
    }

    private static void Coded<T>(PrimitiveArray<T> indices, IArrowArray entries, string name, string source, Span<string?> into, TextColumn text)
        where T : struct, IEquatable<T>, IBinaryInteger<T>
    {
        var validity = new Validity(indices);
        var values = MemoryMarshal.Cast<byte, T>(indices.ValueBuffer.Span);
        for (var i = 0; i < into.Length; i++)
        {
            if (validity.IsNull(i))
            {
                into[i] = null;
                continue;
            }

            var index = long.CreateTruncating(values[validity.Offset + i]);
            if (index < 0 || index >= entries.Length)
            {
                throw new BatchFormatException(source, $"column {name} has a dictionary index {index}, outside its dictionary of {entries.Length} entries");
            }

            into[i] = text.Entry(entries, (int)index);
        }
    }

    /// <summary>One cell of a dictionary's entries (text in any layout, or a flag).</summary>
    private static string? TextAt(IArrowArray entries, int i, RecentStrings<byte> strings) => entries switch
    {
        _ when entries.IsNull(i) => null,
        StringArray text => strings.Get(text.GetBytes(i)),
        LargeStringArray text => strings.Get(text.GetBytes(i)),
        StringViewArray text => strings.Get(text.GetBytes(i)),
        _ => ((BooleanArray)entries).GetValue(i)!.Value ? "true" : "false",
    };

    private static LocalDate?[] DatesOf(IArrowArray array, string name, LocalDate?[] into, int n, string source)
    {
        switch (array)
        {
            case Date32Array days:
            {
                // The rows of one scan share its date: each run of one date is converted once.
                var validity = new Validity(days);
                var values = MemoryMarshal.Cast<byte, int>(days.ValueBuffer.Span);
                var last = int.MinValue;
                LocalDate? converted = null;
                for (var i = 0; i < n; i++)
                {
                    if (validity.IsNull(i))
                    {
                        into[i] = null;
                        continue;
                    }

                    var day = values[validity.Offset + i];
                    if (day != last || converted is null)
                    {
                        (last, converted) = (day, LocalDate.FromDateOnly(DateOnly.FromDayNumber(UnixEpochDayNumber + day)));
                    }

                    into[i] = converted;
                }

                return into;
            }

            case Date64Array d:
                for (var i = 0; i < n; i++)
                {
                    into[i] = d.GetDateOnly(i) is { } v ? LocalDate.FromDateOnly(v) : null;
                }

                return into;
            case TimestampArray t:
                for (var i = 0; i < n; i++)
                {
                    into[i] = t.GetTimestamp(i) is { } v ? LocalDate.FromDateOnly(DateOnly.FromDateTime(v.DateTime)) : null;
                }

                return into;
            default:
                throw new BatchFormatException(source, $"column {name} is {array.Data.DataType.Name}; a date, a timestamp or ISO text was expected");
        }
    }

    /// <summary>
    /// A numeric size column as exact decimals (a double is read by its shortest round-trip text, so 12.3 stays 12.3); a
    /// Decimal cell beyond .NET's decimal is null there and its text in <paramref name="text"/> (given for Decimal columns).
    /// </summary>
    private static void Numbers(IArrowArray array, string name, decimal?[] into, string?[]? text, int n, string source)
    {
        switch (array)
        {
            case Int8Array a: Widen(a, into); break;
            case Int16Array a: Widen(a, into); break;
            case Int32Array a: Widen(a, into); break;
            case Int64Array a: Widen(a, into); break;
            case UInt8Array a: Widen(a, into); break;
            case UInt16Array a: Widen(a, into); break;
            case UInt32Array a: Widen(a, into); break;
            case UInt64Array a: Widen(a, into); break;
            case Decimal128Array d:
                for (var i = 0; i < n; i++)
                {
                    var fits = d.TryGetValue(i, out var v);
                    into[i] = fits ? v : null;
                    text![i] = fits ? null : d.GetString(i);
                }

                break;
            case Decimal256Array d:
                for (var i = 0; i < n; i++)
                {
                    var fits = d.TryGetValue(i, out var v);
                    into[i] = fits ? v : null;
                    text![i] = fits ? null : d.GetString(i);
                }

                break;
            case DoubleArray d:
            {
                var validity = new Validity(d);
                var values = MemoryMarshal.Cast<byte, double>(d.ValueBuffer.Span);
                for (var i = 0; i < n; i++)
                {
                    into[i] = validity.IsNull(i) ? null : Words.Exact(values[validity.Offset + i]);
                }

                break;
            }

            case FloatArray f:
                for (var i = 0; i < n; i++)
                {
                    into[i] = f.GetValue(i) is { } v ? Words.Exact(double.Parse(v.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)) : null;
                }

                break;
            default:
                throw new BatchFormatException(source, $"column {name} is {TypeName(array)}; a number or text was expected");
        }
    }

    /// <summary>The cells of an integer column as decimals.</summary>
    private static void Widen<T>(PrimitiveArray<T> array, decimal?[] into)
        where T : struct, IEquatable<T>, IBinaryInteger<T>
    {
        var validity = new Validity(array);
        var values = MemoryMarshal.Cast<byte, T>(array.ValueBuffer.Span);
        for (var i = 0; i < array.Length; i++)
        {
            into[i] = validity.IsNull(i) ? null : decimal.CreateTruncating(values[validity.Offset + i]);
        }
    }

    /// <summary>A column's validity bitmap, taken once: whether cell <c>i</c> is null.</summary>
    private readonly ref struct Validity(Apache.Arrow.Array array)
    {
        private readonly ReadOnlySpan<byte> bits = array.NullBitmapBuffer.Span;
        private readonly bool nulls = array.NullCount > 0 && !array.NullBitmapBuffer.IsEmpty;

        internal int Offset { get; } = array.Offset;

        internal bool IsNull(int i) => nulls && !BitUtility.GetBit(bits, Offset + i);
    }
}
