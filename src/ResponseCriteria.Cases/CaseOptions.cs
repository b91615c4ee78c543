namespace ResponseCriteria.Cases;

/// <summary>The options block of a case file; a null value was not given (the evaluator's default applies).</summary>
public sealed class CaseOptions
{
    /// <summary>No options given.</summary>
    public static CaseOptions None { get; } = new();

    /// <summary>Whether CR and PR need confirmation.</summary>
    public bool? Confirmation { get; init; }

    /// <summary>The least days between a response and its confirmation.</summary>
    public int? MinimumConfirmationDays { get; init; }

    /// <summary>The least days from baseline for SD to count as best response.</summary>
    public int? MinimumStableDiseaseDays { get; init; }

    /// <summary>iRECIST: the least days from iUPD to a confirming assessment.</summary>
    public int? IUpdConfirmationMinDays { get; init; }

    /// <summary>iRECIST: the most days from iUPD to a timely confirming assessment.</summary>
    public int? IUpdConfirmationMaxDays { get; init; }

    /// <summary>Whether no option is given.</summary>
    public bool IsEmpty => Confirmation is null && MinimumConfirmationDays is null && MinimumStableDiseaseDays is null
                           && IUpdConfirmationMinDays is null && IUpdConfirmationMaxDays is null;
}
