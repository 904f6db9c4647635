using System.Text.Json;
using System.Text.Json.Serialization;
using CaseTracker.Web.Security;

namespace CaseTracker.Web.Auditing;

/// <summary>
/// Who, when and from where, for the entry being written: the signed-in user of the current request (none
/// for start-up work), the clock, and the client's address as the server saw it. Behind a reverse proxy
/// configure forwarded headers so that this is the client's and not the proxy's.
/// </summary>
public sealed class AuditContext(IHttpContextAccessor http, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public AuditEntry Entry(AuditAction action, string? entityType, Guid? entityId, string? changes, Guid? userId = null)
    {
        var context = http.HttpContext;
        var signedIn = context?.User.Identity?.IsAuthenticated == true ? context.User.UserId() : (Guid?)null;
        return new AuditEntry(clock.GetUtcNow(), userId ?? signedIn, context?.Connection.RemoteIpAddress?.ToString(), action, entityType, entityId, changes);
    }
}
