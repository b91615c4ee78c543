using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Charts;

/// <summary>
/// The colour of each response in every chart: the Okabe–Ito palette, distinguishable with the common colour-vision
/// deficiencies, and always with a text legend beside it.
/// </summary>
public static class ResponseColours
{
    /// <summary>CR and iCR.</summary>
    public const string Complete = "#0072B2";

    /// <summary>PR and iPR.</summary>
    public const string Partial = "#009E73";

    /// <summary>SD and iSD.</summary>
    public const string Stable = "#E69F00";

    /// <summary>Non-CR/Non-PD.</summary>
    public const string NonCompleteNonProgression = "#CC79A7";

    /// <summary>NED.</summary>
    public const string NoEvidenceOfDisease = "#56B4E9";

    /// <summary>iUPD (unconfirmed progression).</summary>
    public const string UnconfirmedProgression = "#8C510A";

    /// <summary>PD and iCPD.</summary>
    public const string Progression = "#D55E00";

    /// <summary>NE, n/a and anything else.</summary>
    public const string NotEvaluable = "#999999";

    /// <summary>The colour of a response.</summary>
    /// <param name="response">The response.</param>
    public static string Of(Response response) => response switch
    {
        Response.CompleteResponse => Complete,
        Response.PartialResponse => Partial,
        Response.StableDisease => Stable,
        Response.NonCompleteNonProgression => NonCompleteNonProgression,
        Response.NoEvidenceOfDisease => NoEvidenceOfDisease,
        Response.UnconfirmedProgression => UnconfirmedProgression,
        Response.ProgressiveDisease or Response.ConfirmedProgression => Progression,
        _ => NotEvaluable,
    };

    /// <summary>The colour of a recorded or ADaM response code ("PR", "iUPD", "NON-CR/NON-PD"; MISSING and unknown codes grey).</summary>
    /// <param name="code">The code.</param>
    public static string Of(string code) => RecordedResponses.TryParseCode(code, out var response, out _) ? Of(response) : NotEvaluable;
}
