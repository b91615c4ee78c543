namespace ResponseCriteria.Charts;

/// <summary>Self-contained HTML pages: inline CSS, inline SVG, no script and no network.</summary>
public static partial class HtmlReport
{
    /// <summary>A page around an HTML body.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="body">The body's HTML.</param>
    internal static string Page(string title, string body)
        => "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Svg.E(title) + "</title>\n<style>\n" + Style + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";

    private const string Style = """
        body{font-family:Helvetica,Arial,sans-serif;margin:24px auto;max-width:1100px;color:#222;line-height:1.4}
        h1{font-size:24px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #ddd}h3{font-size:16px}
        table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top;font-size:13px}
        th{background:#f4f4f4}td.n{text-align:right}.call{font-weight:bold}figure{margin:8px 0}figcaption{font-size:12px;color:#555}
        .diag{color:#8a4b00}.muted{color:#777}svg{max-width:100%;height:auto}

        """;
}
