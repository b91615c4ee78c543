using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace ResponseCriteria.Series;

/// <summary>
/// An assessment's values by lesion id: the entries in the order given, in two arrays (an assessment lists a handful of lesions,
/// so a scan beats hashing), with a dictionary only for long lists. Read-only; ids are ordinal. The order lets the evaluator
/// take a value by position when the assessment lists the lesions in the order they were declared, as readers and builders do.
/// </summary>
internal sealed class LesionMap<T> : IReadOnlyDictionary<string, T>
{
    private const int ScanLimit = 16;

    private readonly string[] keys;
    private readonly T[] values;
    private readonly Dictionary<string, int>? index;

    private LesionMap(string[] keys, T[] values, Dictionary<string, int>? index)
    {
        this.keys = keys;
        this.values = values;
        this.index = index;
    }

    internal static LesionMap<T> Empty { get; } = new([], [], null);

    /// <summary>Copies the entries; a null or repeated id is an <see cref="ArgumentException"/> naming <paramref name="paramName"/>.</summary>
    internal static LesionMap<T> From(IEnumerable<KeyValuePair<string, T>> pairs, string paramName)
        => pairs switch
        {
            LesionMap<T> map => map,
            KeyValuePair<string, T>[] array => From(array.AsSpan(), paramName),
            List<KeyValuePair<string, T>> list => From(CollectionsMarshal.AsSpan(list), paramName),
            _ => From(CollectionsMarshal.AsSpan(new List<KeyValuePair<string, T>>(pairs)), paramName),
        };

    /// <summary>The entries copied straight into the map's two arrays (an index only past <see cref="ScanLimit"/> entries).</summary>
    private static LesionMap<T> From(ReadOnlySpan<KeyValuePair<string, T>> pairs, string paramName)
    {
        if (pairs.Length == 0)
        {
            return Empty;
        }

        var values = new T[pairs.Length];
        if (SameKeys(LastKeys, pairs))
        {
            // The ids of the map made before on this thread, the same strings in the same order (a patient's assessments list its
            // lesions alike): that map's key array is shared (it is never changed) and was checked when it was made.
            for (var i = 0; i < pairs.Length; i++)
            {
                values[i] = pairs[i].Value;
            }

            return new LesionMap<T>(LastKeys!, values, null);
        }

        var keys = new string[pairs.Length];
        var index = pairs.Length > ScanLimit ? new Dictionary<string, int>(pairs.Length, StringComparer.Ordinal) : null;
        var mask = default(IdMask);
        for (var i = 0; i < pairs.Length; i++)
        {
            var key = pairs[i].Key ?? throw new ArgumentException("A lesion id is null.", paramName);
            var repeated = index is not null ? !index.TryAdd(key, i) : !mask.Add(key) && Array.IndexOf(keys, key, 0, i) >= 0;
            if (repeated)
            {
                throw new ArgumentException($"Lesion id '{key}' is given twice.", paramName);
            }

            keys[i] = key;
            values[i] = pairs[i].Value;
        }

        LastKeys = index is null ? keys : null;
        return new LesionMap<T>(keys, values, index);
    }

    /// <summary>The key array of the last map of up to <see cref="ScanLimit"/> entries made on this thread (per value type).</summary>
    [ThreadStatic]
    private static string[]? LastKeys;

    /// <summary>Whether <paramref name="keys"/> holds the ids of <paramref name="pairs"/>, the same string objects in the same order.</summary>
    private static bool SameKeys(string[]? keys, ReadOnlySpan<KeyValuePair<string, T>> pairs)
    {
        if (keys is null || keys.Length != pairs.Length)
        {
            return false;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (!ReferenceEquals(keys[i], pairs[i].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether this map's ids are the array <paramref name="keys"/> itself (maps made alike share it).</summary>
    internal bool HasKeys(string[] keys) => ReferenceEquals(this.keys, keys);

    /// <summary>The array of this map's ids (never changed; shared by maps made alike).</summary>
    internal string[] KeyArray => keys;

    public int Count => keys.Length;

    public IEnumerable<string> Keys => Array.AsReadOnly(keys);

    public IEnumerable<T> Values => Array.AsReadOnly(values);

    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry for lesion '{key}'.");

    /// <summary>Whether the entry at <paramref name="position"/> has the id <paramref name="key"/>.</summary>
    internal bool KeyIs(int position, string key) => ReferenceEquals(keys[position], key) || keys[position] == key;

    /// <summary>The value at <paramref name="position"/> (in the order given).</summary>
    internal T ValueAt(int position) => values[position];

    /// <summary>The position of <paramref name="key"/>, or −1.</summary>
    internal int IndexOf(string key) => index is not null ? (index.TryGetValue(key, out var found) ? found : -1) : Array.IndexOf(keys, key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var i = IndexOf(key);
        value = i >= 0 ? values[i] : default!;
        return i >= 0;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, T>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
