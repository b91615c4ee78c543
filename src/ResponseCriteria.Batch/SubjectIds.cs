using System;
using System.Collections.Generic;
using System.Buffers;
using System.Text.Unicode;

namespace ResponseCriteria.Batch;

/// <summary>
/// The subject ids a long table has reached (to catch a patient whose rows are split), exact and small for the usual table
/// sorted by subject. Ids that arrive in ascending order (of their UTF-8 bytes) are appended to a front-coded run: each is the
/// number of leading bytes it shares with the id before it and the bytes after those, with a whole id every
/// <see cref="RestartInterval"/> ids and at the start of every block, so a lookup is a binary search over those and a short
/// scan (a few bytes an id where a <see cref="HashSet{T}"/> of strings takes about 70). An id that arrives below the greatest
/// one (a table grouped but not sorted) goes to <see cref="Unordered"/>, its bytes in an arena found through an open-addressing
/// table (20 to 30 bytes an id). An id that is not valid UTF-16 is kept as a string. An id is reported as seen only if it
/// was added.
/// </summary>
internal sealed class SubjectIds
{
    /// <summary>A whole id at least every this many ids of the run.</summary>
    internal const int RestartInterval = 16;

    private const int BlockSize = 1 << 16;

    /// <summary>The run's blocks; <see cref="used"/> bytes of each hold entries (an entry never spans two blocks).</summary>
    private readonly List<byte[]> blocks = [];
    private readonly List<int> used = [];

    /// <summary>Where each whole id of the run starts: the block in the high 32 bits, the offset in the low.</summary>
    private readonly List<long> restarts = [];

    private byte[] last = new byte[64];
    private int lastLength = -1;
    private int sinceRestart;
    private byte[] scratch = new byte[64];
    private byte[] decoded = new byte[64];
    private Unordered? others;

    /// <summary>Ids that are not valid UTF-16 (a lone surrogate, from rows built in code): they have no UTF-8 bytes of their own.</summary>
    private HashSet<string>? invalid;

    /// <summary>The bytes held by the run (for the memory tests and notes).</summary>
    internal long RunBytes { get; private set; }

    /// <summary>How many ids arrived out of order.</summary>
    internal int OutOfOrder => others?.Count ?? 0;

    /// <summary>The bytes held for the ids that arrived out of order.</summary>
    internal long OutOfOrderBytes => others?.Bytes ?? 0;

    /// <summary>Whether <paramref name="id"/> was added.</summary>
    internal bool Contains(string id)
    {
        if (!Encode(id, out var bytes))
        {
            return invalid?.Contains(id) ?? false;
        }

        var order = Compare(bytes);
        return order == 0 || (order < 0 && (InRun(bytes) || (others?.Contains(bytes) ?? false)));
    }

    /// <summary>Adds <paramref name="id"/>; false when it was added before.</summary>
    internal bool Add(string id)
    {
        if (!Encode(id, out var bytes))
        {
            return (invalid ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
        }

        var order = Compare(bytes);
        if (order > 0)
        {
            Append(bytes);
            return true;
        }

        return order < 0 && !InRun(bytes) && (others ??= new Unordered()).Add(bytes);
    }

    /// <summary>
    /// The UTF-8 bytes of <paramref name="id"/> (in a buffer reused by the next call), or false when it is not valid UTF-16:
    /// a replacement character would make two different ids one.
    /// </summary>
    private bool Encode(string id, out ReadOnlySpan<byte> bytes)
    {
        // At most three bytes a UTF-16 unit.
        if (id.Length * 3 > scratch.Length)
        {
            scratch = new byte[Math.Max(id.Length * 3, scratch.Length * 2)];
        }

        var status = Utf8.FromUtf16(id, scratch, out _, out var written, replaceInvalidSequences: false);
        bytes = scratch.AsSpan(0, written);
        return status == OperationStatus.Done;
    }

    /// <summary>The order of <paramref name="bytes"/> against the greatest id of the run (above it when the run is empty).</summary>
    private int Compare(ReadOnlySpan<byte> bytes) => lastLength < 0 ? 1 : Math.Sign(bytes.SequenceCompareTo(last.AsSpan(0, lastLength)));

    private void Append(ReadOnlySpan<byte> bytes)
    {
        var shared = sinceRestart == RestartInterval || lastLength < 0 ? 0 : bytes.CommonPrefixLength(last.AsSpan(0, lastLength));
        var size = VarintSize(shared) + VarintSize(bytes.Length - shared) + bytes.Length - shared;
        if (blocks.Count == 0 || used[^1] + size > blocks[^1].Length)
        {
            // A new block starts with a whole id, so a scan never reads across blocks.
            shared = 0;
            size = VarintSize(0) + VarintSize(bytes.Length) + bytes.Length;
            blocks.Add(new byte[Math.Max(BlockSize, size)]);
            used.Add(0);
            RunBytes += blocks[^1].Length;
        }

        if (shared == 0)
        {
            restarts.Add(((long)(blocks.Count - 1) << 32) | (uint)used[^1]);
            sinceRestart = 0;
        }

        var block = blocks[^1];
        var at = used[^1];
        at = WriteVarint(block, at, shared);
        at = WriteVarint(block, at, bytes.Length - shared);
        bytes[shared..].CopyTo(block.AsSpan(at));
        used[^1] = at + bytes.Length - shared;
        sinceRestart++;

        if (bytes.Length > last.Length)
        {
            last = new byte[Math.Max(bytes.Length, last.Length * 2)];
        }

        bytes.CopyTo(last);
        lastLength = bytes.Length;
    }

    /// <summary>Whether the run holds <paramref name="bytes"/>: the last whole id not above it, then the entries after it.</summary>
    private bool InRun(ReadOnlySpan<byte> bytes)
    {
        int low = 0, high = restarts.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var (block, at) = Where(restarts[middle]);
            at = ReadVarint(blocks[block], at, out _);
            at = ReadVarint(blocks[block], at, out var length);
            var order = blocks[block].AsSpan(at, length).SequenceCompareTo(bytes);
            if (order == 0)
            {
                return true;
            }

            (low, high, found) = order < 0 ? (middle + 1, high, middle) : (low, middle - 1, found);
        }

        return found >= 0 && Scan(found, bytes);
    }

    /// <summary>Reads the entries from whole id <paramref name="restart"/> up to the next whole id, looking for <paramref name="bytes"/>.</summary>
    private bool Scan(int restart, ReadOnlySpan<byte> bytes)
    {
        var (block, at) = Where(restarts[restart]);
        var data = blocks[block];
        var end = restart + 1 < restarts.Count && Where(restarts[restart + 1]).Block == block ? Where(restarts[restart + 1]).Offset : used[block];
        while (at < end)
        {
            at = ReadVarint(data, at, out var shared);
            at = ReadVarint(data, at, out var rest);
            if (shared + rest > decoded.Length)
            {
                Array.Resize(ref decoded, Math.Max(shared + rest, decoded.Length * 2));
            }

            data.AsSpan(at, rest).CopyTo(decoded.AsSpan(shared));
            at += rest;
            var order = decoded.AsSpan(0, shared + rest).SequenceCompareTo(bytes);
            if (order >= 0)
            {
                return order == 0;
            }
        }

        return false;
    }

    private static (int Block, int Offset) Where(long position) => ((int)(position >> 32), (int)(position & uint.MaxValue));

    private static int VarintSize(int value) => value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x20_0000 ? 3 : value < 0x1000_0000 ? 4 : 5;

    private static int WriteVarint(byte[] block, int at, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            block[at++] = unchecked((byte)(v | 0x80));
            v >>= 7;
        }

        block[at++] = (byte)v;
        return at;
    }

    private static int ReadVarint(byte[] block, int at, out int value)
    {
        var v = 0u;
        var shift = 0;
        byte b;
        do
        {
            b = block[at++];
            v |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        value = (int)v;
        return at;
    }

    /// <summary>
    /// A set of byte strings: each stored once in 64 KB blocks of an arena (a varint length, then the bytes), found through a
    /// power-of-two open-addressing table (linear probing, at most 70% full) whose slots hold the block and offset (low 40 bits)
    /// and 24 bits of the hash (to skip most comparisons). The hash is .NET's randomly seeded one, so no table of ids can be
    /// made to collide on purpose.
    /// </summary>
    private sealed class Unordered
    {
        private const int OffsetBits = 20;
        private const long PositionMask = (1L << 40) - 1;
        private readonly List<byte[]> blocks = [];
        private int used;
        private long[] slots = new long[1024];

        internal int Count { get; private set; }

        internal long Bytes => ((long)slots.Length * sizeof(long)) + ((long)blocks.Count * BlockSize);

        internal bool Contains(ReadOnlySpan<byte> bytes) => slots[Find(bytes, Hash(bytes))] != 0;

        /// <summary>Adds <paramref name="bytes"/>; false when present.</summary>
        internal bool Add(ReadOnlySpan<byte> bytes)
        {
            var hash = Hash(bytes);
            var slot = Find(bytes, hash);
            if (slots[slot] != 0)
            {
                return false;
            }

            slots[slot] = Tag(hash) | (Store(bytes) + 1);
            if (++Count * 10L > slots.Length * 7L)
            {
                Grow();
            }

            return true;
        }

        /// <summary>The slot holding <paramref name="bytes"/>, or the empty slot where they would go.</summary>
        private int Find(ReadOnlySpan<byte> bytes, int hash)
        {
            var mask = slots.Length - 1;
            var tag = Tag(hash);
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var entry = slots[slot];
                if (entry == 0 || ((entry & ~PositionMask) == tag && At((entry & PositionMask) - 1).SequenceEqual(bytes)))
                {
                    return slot;
                }
            }
        }

        private void Grow()
        {
            var old = slots;
            slots = new long[old.Length * 2];
            foreach (var entry in old)
            {
                if (entry != 0)
                {
                    var bytes = At((entry & PositionMask) - 1);
                    slots[Find(bytes, Hash(bytes))] = entry;
                }
            }
        }

        /// <summary>Copies <paramref name="bytes"/> into the arena; returns its position (block, offset).</summary>
        private long Store(ReadOnlySpan<byte> bytes)
        {
            var size = VarintSize(bytes.Length) + bytes.Length;
            if (blocks.Count == 0 || used + size > blocks[^1].Length)
            {
                blocks.Add(new byte[Math.Max(BlockSize, size)]);
                used = 0;
            }

            var position = ((long)(blocks.Count - 1) << OffsetBits) | (uint)used;
            var at = WriteVarint(blocks[^1], used, bytes.Length);
            bytes.CopyTo(blocks[^1].AsSpan(at));
            used = at + bytes.Length;
            return position;
        }

        private ReadOnlySpan<byte> At(long position)
        {
            var block = blocks[(int)(position >> OffsetBits)];
            var at = ReadVarint(block, (int)(position & ((1 << OffsetBits) - 1)), out var length);
            return block.AsSpan(at, length);
        }

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = default(HashCode);
            hash.AddBytes(bytes);
            return hash.ToHashCode() & int.MaxValue;
        }

        private static long Tag(int hash) => (long)(hash >> 7) << 40;
    }
}
