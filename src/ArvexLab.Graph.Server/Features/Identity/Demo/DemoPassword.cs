using System.Security.Cryptography;

namespace ArvexLab.Graph.Server.Features.Identity.Demo;

/// <summary>
/// The one password of every demo account and the demo partner's secret: <c>Demo:Password</c>, or a
/// fresh random one printed once — it is only needed when accounts are first created.
/// </summary>
internal static class DemoPassword
{
    public static string Resolve(IConfiguration configuration, ILogger logger)
    {
        if (configuration["Demo:Password"] is { Length: > 0 } configured)
        {
            return configured;
        }

        // Base64url letters and digits, plus a fixed tail so the password policy (12+, upper, lower, digit) always holds.
        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15))
            .Replace('+', 'x').Replace('/', 'y') + "Aa7";
        logger.LogWarning(
            "Demo:Password is empty; generated demo password (shown once, for every demo account and the demo-partner secret): {DemoPassword}",
            generated);
        return generated;
    }
}
