namespace ResponseCriteria.Sdtm;

/// <summary>What became of the rows of one table: every row read is used, not needed (derived or another evaluator's), or rejected.</summary>
public sealed class SdtmRowCounts
{
    internal SdtmRowCounts(string source, int read, int used, int notNeeded, int rejected)
    {
        Source = source;
        Read = read;
        Used = used;
        NotNeeded = notNeeded;
        Rejected = rejected;
    }

    /// <summary>The file.</summary>
    public string Source { get; }

    /// <summary>Rows read.</summary>
    public int Read { get; }

    /// <summary>Rows whose value entered a series or a comparison.</summary>
    public int Used { get; }

    /// <summary>Rows not needed: derived values (SUMDIAM), a diameter not used for that lesion, another evaluator or criteria, other tests.</summary>
    public int NotNeeded { get; }

    /// <summary>Rows that could not be mapped (each has an issue).</summary>
    public int Rejected { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Source}: {Read} rows read, {Used} used, {NotNeeded} not needed, {Rejected} rejected";
}
