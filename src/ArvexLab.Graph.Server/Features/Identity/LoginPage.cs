using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>The sign-in form as server-rendered HTML: no script, every value HTML-encoded.</summary>
internal static class LoginPage
{
    public static IResult Render(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? email, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var e = HtmlEncoder.Default;
        var errorHtml = error is null ? "" : $"<p class=\"error\" role=\"alert\">{e.Encode(error)}</p>";
        var html = $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · ArvexLab Graph</title>
              <style>
                body { font-family: system-ui, sans-serif; background: #f4f5f7; display: grid; place-items: center; min-height: 100vh; margin: 0; }
                form { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; width: 20rem; display: grid; gap: .75rem; }
                input, button { font: inherit; padding: .5rem; }
                button { background: #1f4bd8; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
                .error { color: #b00020; margin: 0; }
              </style>
            </head>
            <body>
              <form method="post" action="/account/login">
                <h1>ArvexLab Graph</h1>
                {{errorHtml}}
                <input type="hidden" name="{{e.Encode(tokens.FormFieldName)}}" value="{{e.Encode(tokens.RequestToken ?? "")}}">
                <input type="hidden" name="returnUrl" value="{{e.Encode(returnUrl)}}">
                <label>E-mail <input type="email" name="email" autocomplete="username" required value="{{e.Encode(email ?? "")}}"></label>
                <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
                <button type="submit">Sign in</button>
              </form>
            </body>
            </html>
            """;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Frame-Options"] = "DENY";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
