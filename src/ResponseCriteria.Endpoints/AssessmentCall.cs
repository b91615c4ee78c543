using System;
using NodaTime;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Endpoints;

/// <summary>
/// One overall response at one assessment, recorded (RS OVRLRESP) or derived by an evaluator: the input of the response
/// parameters. A code that is not a response (e.g. <c>CHECK</c>) is kept with <see cref="Response"/> null, and dropped.
/// </summary>
public sealed class AssessmentCall
{
    /// <summary>Creates a call from a recorded code.</summary>
    /// <param name="date">The assessment date.</param>
    /// <param name="code">The code as recorded: RECIST 1.1 (CR, PR, SD, NON-CR/NON-PD, PD, NE, NED) or iRECIST (iCR, …, iUPD, iCPD).</param>
    /// <param name="visit">The visit name (AVISIT), or empty.</param>
    /// <param name="sequence">The record's sequence number (RSSEQ) or row, breaking ties between two calls of one date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="visit"/> is null.</exception>
    public AssessmentCall(LocalDate date, string code, string visit = "", int sequence = 0)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(visit);
        Date = date;
        Code = code.Trim();
        Response = RecordedResponses.TryParseCode(Code, out var response, out _) ? response : null;
        Visit = visit;
        Sequence = sequence;
    }

    /// <summary>A call from a response (a derived time point).</summary>
    /// <param name="date">The assessment date.</param>
    /// <param name="response">The response.</param>
    /// <param name="criteria">The criteria, for the code.</param>
    /// <param name="visit">The visit name, or empty.</param>
    /// <param name="sequence">The sequence number.</param>
    public static AssessmentCall Of(LocalDate date, Response response, Criteria criteria, string visit = "", int sequence = 0)
        => new(date, RecordedResponses.ToCode(response, criteria), visit, sequence);

    /// <summary>The assessment date.</summary>
    public LocalDate Date { get; }

    /// <summary>The code (AVALC).</summary>
    public string Code { get; }

    /// <summary>The response, or null when the code is not a response code.</summary>
    public Response? Response { get; }

    /// <summary>The visit name.</summary>
    public string Visit { get; }

    /// <summary>The sequence number.</summary>
    public int Sequence { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Code}";
}
