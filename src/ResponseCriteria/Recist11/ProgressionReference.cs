namespace ResponseCriteria.Recist11;

/// <summary>The sum that target growth is measured from.</summary>
public enum ProgressionReference
{
    /// <summary>The smallest sum so far, baseline included (RECIST 1.1).</summary>
    Nadir = 0,

    /// <summary>The baseline sum (a simplification some data generators use; not RECIST 1.1).</summary>
    Baseline = 1,
}
