using System;
using System.IO;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Cli;

/// <summary>
/// Colour for calls on an interactive terminal: only when writing to the console, not redirected, with NO_COLOR unset and
/// TERM not "dumb" (https://no-color.org). Redirected output, files and tests stay plain text.
/// </summary>
internal static class Terminal
{
    private const string Reset = "\u001b[0m";

    /// <summary>Whether output written to <paramref name="writer"/> may be coloured.</summary>
    internal static bool Colours(TextWriter writer)
        => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>A call's text (already padded) in its colour: the chart palette's hues in the terminal's 16 colours.</summary>
    internal static string Paint(string text, Response response) => Code(response) is { } code ? code + text + Reset : text;

    /// <summary>A cell that holds a response code, painted when it parses as one.</summary>
    internal static string PaintCode(string padded, string code)
        => Sdtm.RecordedResponses.TryParseCode(code, out var response, out _) ? Paint(padded, response) : padded;

    private static string? Code(Response response) => response switch
    {
        Response.CompleteResponse => "\u001b[34m",
        Response.PartialResponse => "\u001b[32m",
        Response.StableDisease => "\u001b[33m",
        Response.NonCompleteNonProgression => "\u001b[35m",
        Response.NoEvidenceOfDisease => "\u001b[36m",
        Response.UnconfirmedProgression => "\u001b[91m",
        Response.ProgressiveDisease or Response.ConfirmedProgression => "\u001b[1;31m",
        Response.NotEvaluable => "\u001b[90m",
        _ => null,
    };
}
