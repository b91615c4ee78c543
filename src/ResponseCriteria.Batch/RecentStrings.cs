using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace ResponseCriteria.Batch;

/// <summary>
/// Strings of text cells, UTF-8 bytes (Arrow) or UTF-16 chars (Parquet), with the recent distinct values made once: a cache of
/// 64 sets of two entries keyed by the cell's text (bounded whatever the column holds; a value longer than 64 units is made
/// every time). Two ways a set, so that two values of a patient's rows that share a set (a lesion id and the next) do not
/// evict each other row after row. A column's cells repeat (its subject on every row of a patient, lesion ids and words on
/// every visit): one string a distinct value instead of one a cell.
/// </summary>
/// <typeparam name="T"><see cref="byte"/> for UTF-8, <see cref="char"/> for UTF-16.</typeparam>
internal sealed class RecentStrings<T>
    where T : unmanaged, IEquatable<T>
{
    private const int Sets = 64;
    private const int Longest = 64;
    private readonly T[]?[] keys = new T[]?[2 * Sets];
    private readonly string?[] values = new string?[2 * Sets];

    internal string Get(ReadOnlySpan<T> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > Longest)
        {
            return Make(text);
        }

        var first = 2 * Set(MemoryMarshal.AsBytes(text), text.Length);
        if (keys[first] is { } key && text.SequenceEqual(key))
        {
            return values[first]!;
        }

        if (keys[first + 1] is { } other && text.SequenceEqual(other))
        {
            return values[first + 1]!;
        }

        // The set's first entry moves to the second (the older one goes) and the new value comes first.
        var value = Make(text);
        (keys[first + 1], values[first + 1]) = (keys[first], values[first]);
        (keys[first], values[first]) = (text.ToArray(), value);
        return value;
    }

    private static string Make(ReadOnlySpan<T> text)
        => typeof(T) == typeof(byte) ? Encoding.UTF8.GetString(MemoryMarshal.AsBytes(text)) : new string(MemoryMarshal.Cast<T, char>(text));

    /// <summary>The set of a value: its first and last eight bytes (or all of a shorter one) and its length, mixed by multiplication.</summary>
    private static int Set(ReadOnlySpan<byte> bytes, int length)
    {
        ulong head, tail;
        if (bytes.Length >= sizeof(ulong))
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^sizeof(ulong)..]);
        }
        else
        {
            head = 0;
            foreach (var b in bytes)
            {
                head = (head << 8) | b;
            }

            tail = 0;
        }

        var mixed = unchecked(((head ^ (ulong)length) * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL));
        return (int)(mixed >> 58);
    }
}
