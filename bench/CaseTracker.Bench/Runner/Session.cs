using System.Net;
using System.Text.RegularExpressions;

namespace CaseTracker.Bench.Runner;

/// <summary>
/// A demo account signed in through the real form, as the cookie header wrk sends. The app runs in
/// Production, whose cookies are Secure, so requests say X-Forwarded-Proto https as the TLS proxy in
/// front of it would; cookies are carried by hand because a cookie container keeps Secure cookies from http.
/// </summary>
internal sealed partial class Session : IDisposable
{
    private readonly HttpClient _client;
    private readonly Dictionary<string, string> _cookies = [];

    private Session(Uri baseAddress)
    {
        _client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        _client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        _client.DefaultRequestHeaders.Add("Accept-Language", "en");
    }

    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public static async Task<Session> SignInAsync(Uri baseAddress, string account)
    {
        var session = new Session(baseAddress);
        var form = await session.GetStringAsync("/Account/SignIn");
        using var signedIn = await session.PostFormAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["Input.Email"] = $"{account}@casetracker.local",
            ["Input.Password"] = BenchApp.Password,
        });
        if (signedIn.StatusCode != HttpStatusCode.Redirect || !session._cookies.Keys.Any(k => k.EndsWith("CaseTracker.Session", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{account} could not sign in: {signedIn.StatusCode}, cookies {string.Join(", ", session._cookies.Keys)}");
        }

        return session;
    }

    public static string Token(string form) => TokenField().Match(form) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the form.");

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        }

        return await response.Content.ReadAsStringAsync();
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", CookieHeader);
            }

            var response = await _client.SendAsync(request);
            foreach (var set in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = set.Split(';', 2)[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }

            return response;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
