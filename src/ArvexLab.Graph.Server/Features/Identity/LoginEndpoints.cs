using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// The portal's sign-in page: a plain HTML form posting e-mail and password to ASP.NET Core
/// Identity (hashed passwords, lockout after five failures), protected by an antiforgery token.
/// </summary>
public static class LoginEndpoints
{
    public static IEndpointRouteBuilder MapLoginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/login", ShowLogin);
        endpoints.MapPost("/account/login", SubmitLogin);
        endpoints.MapPost("/account/logout", SubmitLogout);
        return endpoints;
    }

    private static IResult ShowLogin(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        LoginPage.Render(http, antiforgery, LocalOrRoot(returnUrl), email: null, error: null);

    private static async Task<IResult> SubmitLogin(HttpContext http, IAntiforgery antiforgery,
        SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest("The form expired; reload the page and try again.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = form["email"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = LocalOrRoot(form["returnUrl"]);

        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null || !user.IsActive)
        {
            // Same answer as a wrong password: the form must not reveal which accounts exist.
            return LoginPage.Render(http, antiforgery, returnUrl, email, "Invalid e-mail or password.");
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(returnUrl);
        }

        var error = result.IsLockedOut
            ? "Too many failed attempts. The account is locked for a while; try again later."
            : "Invalid e-mail or password.";
        return LoginPage.Render(http, antiforgery, returnUrl, email, error);
    }

    private static async Task<IResult> SubmitLogout(HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest("The form expired; reload the page and try again.");
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    // Only same-site paths: an open redirect on the login page would be a phishing tool.
    private static string LocalOrRoot(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
