using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Web.Security;

/// <summary>The absolute address of the set-password page for one account and token.</summary>
public static class PasswordLink
{
    public static string For(IUrlHelper url, HttpRequest request, Guid userId, string token) =>
        url.Page("/Account/SetPassword", pageHandler: null, values: new { user = userId, token }, protocol: request.Scheme)!;
}
