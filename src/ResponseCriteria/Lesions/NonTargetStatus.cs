namespace ResponseCriteria.Lesions;

/// <summary>The state of a non-target lesion (or of a new lesion followed by status) at one assessment.</summary>
public enum NonTargetStatus
{
    /// <summary>Not evaluable: not assessed or unreadable. The default, and what a missing status means.</summary>
    NotEvaluable = 0,

    /// <summary>Present (persisting).</summary>
    Present = 1,

    /// <summary>Gone; for a lymph node, back to normal size (short axis under 10 mm).</summary>
    Absent = 2,

    /// <summary>Unequivocal progression, as judged by the reader.</summary>
    Progression = 3,

    /// <summary>
    /// Still progressed and grown further since the previous assessment (iRECIST "INCLA");
    /// RECIST 1.1 reads it as <see cref="Progression"/>.
    /// </summary>
    FurtherIncrease = 4,
}
