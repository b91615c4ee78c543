namespace ResponseCriteria.Diagnostics;

/// <summary>
/// The stable diagnostic codes. RC01xx: baseline and lesion selection; RC02xx: follow-up data;
/// RC03xx: calls that need review. A code keeps its meaning forever; retired codes are not reused.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A non-nodal target is under the measurability minimum (10 mm) at baseline.</summary>
    public const string TargetNotMeasurable = "RC0101";

    /// <summary>A nodal target has a short axis under 15 mm at baseline.</summary>
    public const string TargetNodeNotPathological = "RC0102";

    /// <summary>More than 5 target lesions.</summary>
    public const string TooManyTargets = "RC0103";

    /// <summary>More than 2 target lesions in one organ (all lymph nodes count as one organ).</summary>
    public const string TooManyTargetsInOrgan = "RC0104";

    /// <summary>A target is not measured at baseline (missing, not evaluable or too small to measure): no call can be made.</summary>
    public const string BaselineTargetNotMeasured = "RC0105";

    /// <summary>A non-target is not recorded as present at baseline.</summary>
    public const string BaselineNonTargetNotPresent = "RC0106";

    /// <summary>Two baseline lesions share an id; the first is used.</summary>
    public const string DuplicateLesionId = "RC0107";

    /// <summary>The baseline sum of target diameters is 0 mm: shrinkage cannot be judged.</summary>
    public const string BaselineSumZero = "RC0108";

    /// <summary>An assessment is not dated after the one before it; it is reported NE and not used.</summary>
    public const string DateOutOfOrder = "RC0201";

    /// <summary>A measurement or state is recorded for a lesion not declared as a target or non-target at baseline; it is ignored.</summary>
    public const string UndeclaredLesion = "RC0202";

    /// <summary>A new lesion uses the id of a baseline lesion; it is still counted as a new lesion.</summary>
    public const string NewLesionIdClash = "RC0203";

    /// <summary>Some targets are not evaluable and the measured ones do not prove progression: target response NE.</summary>
    public const string TargetsNotEvaluable = "RC0204";

    /// <summary>A new lymph node with a short axis under 10 mm is normal and not counted as a new lesion ([FAQ]).</summary>
    public const string NewNodeNormalSize = "RC0205";

    /// <summary>The pre-baseline scan lacks a target measurement: growth kinetics are not computed.</summary>
    public const string PreBaselineIncomplete = "RC0206";

    /// <summary>Disease reappeared after a complete response: called PD; the working group advises a re-read (criteria Q11).</summary>
    public const string ReappearanceAfterCompleteResponse = "RC0301";

    /// <summary>A CR was followed by a PR: a data query (criteria note to Table 3).</summary>
    public const string CompleteThenPartialResponse = "RC0302";

    /// <summary>An equivocal new lesion was confirmed later: progression (PD, iUPD) is dated to its first sighting (criteria Q4, Q21).</summary>
    public const string EquivocalNewLesionConfirmed = "RC0303";

    /// <summary>An equivocal new lesion has not been confirmed or refuted by the end of the series.</summary>
    public const string EquivocalNewLesionPending = "RC0304";

    /// <summary>iRECIST: an iUPD is confirmed by an assessment later than the confirmation window; confirmed all the same (criteria Q5).</summary>
    public const string LateConfirmation = "RC0305";

    /// <summary>iRECIST: the last iUPD is not confirmed by the end of the series; there is no iCPD event (criteria Q9).</summary>
    public const string UnconfirmedProgressionAtEnd = "RC0306";
}
