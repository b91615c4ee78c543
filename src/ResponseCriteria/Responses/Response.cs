namespace ResponseCriteria.Responses;

/// <summary>
/// A response category. The same categories serve RECIST 1.1 and iRECIST (where they are written with an
/// "i": iCR, iPR, …; see <see cref="ResponseCodes"/>); iRECIST adds unconfirmed and confirmed progression.
/// </summary>
public enum Response : byte
{
    /// <summary>NE: not evaluable.</summary>
    NotEvaluable = 0,

    /// <summary>CR / iCR: complete response.</summary>
    CompleteResponse = 1,

    /// <summary>PR / iPR: partial response.</summary>
    PartialResponse = 2,

    /// <summary>SD / iSD: stable disease.</summary>
    StableDisease = 3,

    /// <summary>Non-CR/Non-PD (iNon-CR/Non-PD): non-target disease persisting without progression.</summary>
    NonCompleteNonProgression = 4,

    /// <summary>PD: progressive disease (RECIST 1.1).</summary>
    ProgressiveDisease = 5,

    /// <summary>NED: no evidence of disease, where none was present at baseline.</summary>
    NoEvidenceOfDisease = 6,

    /// <summary>iUPD: unconfirmed progression (iRECIST).</summary>
    UnconfirmedProgression = 7,

    /// <summary>iCPD: confirmed progression (iRECIST).</summary>
    ConfirmedProgression = 8,

    /// <summary>A component with no lesions (no target or no non-target lesion at baseline); never an overall response.</summary>
    NotApplicable = 9,
}
