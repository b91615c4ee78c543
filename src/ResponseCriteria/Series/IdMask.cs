namespace ResponseCriteria.Series;

/// <summary>
/// Which (length, last character) pairs a run of ids has shown, one bit each of 64: an id whose bit is new cannot equal any
/// id before it, so repeated ids are looked for by comparing strings only where two ids share a bit (lesion ids usually
/// differ in their last character: T1, T2, NT1). Exact: equal ids always share a bit.
/// </summary>
internal struct IdMask
{
    private ulong seen;

    /// <summary>Records <paramref name="id"/>; false when an id before it may be the same (its bit was already set).</summary>
    internal bool Add(string id)
    {
        var bit = 1UL << (((id.Length * 31) + (id.Length > 0 ? id[^1] : 0)) & 63);
        var fresh = (seen & bit) == 0;
        seen |= bit;
        return fresh;
    }
}
