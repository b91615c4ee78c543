namespace ResponseCriteria.Results;

/// <summary>The rule that decided a target response.</summary>
public enum TargetRule : byte
{
    /// <summary>No target lesions at baseline.</summary>
    NoTargets = 0,

    /// <summary>PD: the sum is at least 20% and at least 5 mm above the nadir (baseline included) [E09].</summary>
    Progression = 1,

    /// <summary>PD: some targets are not evaluable, but the measured ones alone prove progression [E09].</summary>
    ProgressionFromPartialSum = 2,

    /// <summary>PD: target disease reappeared after a complete response [FAQ], criteria Q11.</summary>
    ReappearanceAfterCompleteResponse = 3,

    /// <summary>CR: every non-nodal target is 0 mm and every nodal target is under 10 mm [E09].</summary>
    CompleteResponse = 4,

    /// <summary>PR: the sum is at least 30% below the baseline sum [E09].</summary>
    PartialResponse = 5,

    /// <summary>PR: after a PR the sum is neither 30% below baseline nor PD; continued PR (option, criteria Q1) [FAQ].</summary>
    ContinuedResponse = 6,

    /// <summary>SD: neither PR against baseline nor PD against the nadir [E09] as corrected by [FAQ].</summary>
    StableDisease = 7,

    /// <summary>NE: some targets are not evaluable and the measured ones do not prove progression [E09].</summary>
    NotEvaluable = 8,

    /// <summary>NE: the baseline cannot support a call (a target not measured at baseline).</summary>
    BaselineNotEvaluable = 9,
}

/// <summary>The rule that decided a non-target response.</summary>
public enum NonTargetRule : byte
{
    /// <summary>No non-target lesions at baseline.</summary>
    NoNonTargets = 0,

    /// <summary>PD: unequivocal progression of existing non-target lesions, as called by the reader [E09].</summary>
    UnequivocalProgression = 1,

    /// <summary>PD: a non-target lesion is present again after a complete response [FAQ], criteria Q11.</summary>
    ReappearanceAfterCompleteResponse = 2,

    /// <summary>NE: one or more non-target lesions not assessed [E09].</summary>
    NotEvaluable = 3,

    /// <summary>CR: every non-target lesion gone (nodes back to normal) [E09].</summary>
    CompleteResponse = 4,

    /// <summary>Non-CR/Non-PD: at least one non-target lesion persists [E09].</summary>
    NonCompleteNonProgression = 5,
}

/// <summary>The rule that decided the new-lesion finding.</summary>
public enum NewLesionRule : byte
{
    /// <summary>No new lesion.</summary>
    None = 0,

    /// <summary>One or more unequivocal new lesions: PD [E09].</summary>
    NewLesion = 1,

    /// <summary>An equivocal new lesion first seen here was confirmed later: PD dated here [E09], criteria Q4.</summary>
    EquivocalConfirmedLater = 2,

    /// <summary>Only equivocal new lesions, not (yet) confirmed: no PD [E09].</summary>
    EquivocalNotConfirmed = 3,

    /// <summary>iRECIST: new lesions seen before are still there, and no new one appeared.</summary>
    Persisting = 4,
}

/// <summary>The row of the time-point table that decided the overall response.</summary>
public enum OverallRule : byte
{
    /// <summary>PD: a target, non-target or new-lesion finding is PD ([E09] Tables 1 and 2).</summary>
    Progression = 0,

    /// <summary>CR: targets CR and non-targets CR or none ([E09] Table 1), or non-targets CR with no targets (Table 2).</summary>
    CompleteResponse = 1,

    /// <summary>PR: targets CR with non-targets persisting or not all evaluated ([E09] Table 1).</summary>
    PartialResponseTargetsComplete = 2,

    /// <summary>PR: targets PR, non-targets not PD ([E09] Table 1).</summary>
    PartialResponse = 3,

    /// <summary>SD: targets SD, non-targets not PD ([E09] Table 1).</summary>
    StableDisease = 4,

    /// <summary>NE: targets NE, nothing PD ([E09] Table 1).</summary>
    TargetsNotEvaluable = 5,

    /// <summary>Non-CR/Non-PD: non-target disease only, persisting ([E09] Table 2).</summary>
    NonCompleteNonProgression = 6,

    /// <summary>NE: non-target disease only, not all evaluated ([E09] Table 2).</summary>
    NonTargetsNotEvaluable = 7,

    /// <summary>NED: no disease at baseline and no new lesion (project convention).</summary>
    NoEvidenceOfDisease = 8,

    /// <summary>PD: progression was called at an earlier time point; progression is final.</summary>
    AfterProgression = 9,

    /// <summary>NE: the assessment cannot be used (dated out of order, or the baseline cannot support a call).</summary>
    AssessmentNotUsable = 10,
}
