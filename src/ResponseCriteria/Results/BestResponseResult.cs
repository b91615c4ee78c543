using NodaTime;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Results;

/// <summary>A best overall response, with the date its criteria were first met, its confirmation, and why.</summary>
public sealed class BestResponseResult
{
    private readonly Why why;
    private readonly Recist11Options options;
    private readonly Criteria criteria;
    private string? explanation;

    internal BestResponseResult(Response response, LocalDate? date, LocalDate? confirmationDate, Why why, Recist11Options options, Criteria criteria)
    {
        Response = response;
        Date = date;
        ConfirmationDate = confirmationDate;
        this.why = why;
        this.options = options;
        this.criteria = criteria;
    }

    /// <summary>Which rule gave the best response (the explanation is built from it and the figures when first read).</summary>
    internal enum Reason
    {
        /// <summary>A CR, PR or iUPD that counts at once.</summary>
        FirstOn,

        /// <summary>A CR or PR not confirmed, counted as SD (or Non-CR/Non-PD) after the SD minimum.</summary>
        NotConfirmed,

        /// <summary>SD, Non-CR/Non-PD or NED after the SD minimum.</summary>
        StableFirstOn,

        /// <summary>A CR or PR confirmed by a later call.</summary>
        Confirmed,

        /// <summary>Nothing qualifies and disease is seen again after a CR: PD ([E09] Table 3).</summary>
        DiseaseAfterComplete,

        /// <summary>Nothing qualifies before the first PD or iCPD.</summary>
        Final,

        /// <summary>No follow-up.</summary>
        NoFollowUp,

        /// <summary>Nothing qualifies and nothing progressed.</summary>
        NothingQualifies,
    }

    /// <summary>
    /// The figures of the rule: the call behind the best response, the days (from the series' reference date or baseline, or between the response and its
    /// confirmation), and for a confirmation the confirming call and the NE and SD calls between.
    /// </summary>
    internal readonly record struct Why(Reason Reason, Response Call, int Days, Response Next = Response.NotEvaluable, int NotEvaluable = 0, int Stable = 0, bool First = false, bool Confirmation = false);

    /// <summary>The best overall response.</summary>
    public Response Response { get; }

    /// <summary>The date of the time point that gave it (the first one, for a confirmed response), or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The date of the confirming assessment, for a confirmed CR or PR; otherwise null.</summary>
    public LocalDate? ConfirmationDate { get; }

    /// <summary>One line: why this is the best overall response (built on first use; the same text every time).</summary>
    public string Explanation => explanation ??= Text();

    /// <inheritdoc/>
    public override string ToString() => Explanation;

    private string Text()
    {
        var code = ResponseCodes.ToCode(Response, criteria);
        var sd = options.MinimumStableDiseaseDays;
        var date = Date.HasValue ? Explain.Date(Date.Value) : string.Empty;
        return why.Reason switch
        {
            Reason.FirstOn => $"{code}: first on {date} (day {why.Days}){(why.Confirmation ? string.Empty : ", no confirmation required")}",
            Reason.NotConfirmed => $"{code}: {ResponseCodes.ToCode(why.Call, criteria)} on {date} not confirmed; counts as {code} (day {why.Days} >= {sd})",
            Reason.StableFirstOn => $"{code}: first on {date} (day {why.Days} >= {sd})",
            Reason.Confirmed => $"{code}: {ResponseCodes.ToCode(why.Call, criteria)} on {date} confirmed by {ResponseCodes.ToCode(why.Next, criteria)} on {Explain.Date(ConfirmationDate!.Value)}, {why.Days} days later (>= {options.MinimumConfirmationDays}{Between(why.NotEvaluable, why.Stable)})",
            Reason.DiseaseAfterComplete => $"{code}: nothing qualifies (SD needs day >= {sd}) and disease on {date} after a CR is progression (E09 Table 3)",
            Reason.Final => $"{code}: {(why.First ? string.Empty : $"nothing before it qualifies (SD needs day >= {sd}{(Response == Response.ConfirmedProgression ? ", and an iUPD that is confirmed does not count" : string.Empty)}); ")}{code} on {date} (day {why.Days})",
            Reason.NoFollowUp => "NE: no follow-up assessment",
            _ => $"NE: no evaluable response qualifies (SD needs day >= {sd}) and no progression",
        };
    }

    private static string Between(int notEvaluable, int stable) => (notEvaluable, stable) switch
    {
        (0, 0) => string.Empty,
        (_, 0) => $", {notEvaluable} NE between",
        (0, _) => $", {stable} SD between",
        _ => $", {notEvaluable} NE and {stable} SD between",
    };
}
