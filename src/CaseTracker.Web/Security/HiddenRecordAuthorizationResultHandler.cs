using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CaseTracker.Web.Security;

/// <summary>
/// Answers 404 instead of "access denied" when a signed-in visitor is refused a
/// <see cref="CaseRecordRouteAttribute">case record page</see> whose id they may not see (a restricted
/// case, a record inside one, or nothing at all). Refusals of visible records, and every other refusal,
/// go the usual way.
/// </summary>
public sealed class HiddenRecordAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _usual = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && context.GetEndpoint()?.Metadata.GetMetadata<CaseRecordRouteAttribute>() is { } route
            && Guid.TryParse(context.GetRouteValue(route.RouteValue) as string, out var id)
            && !await context.RequestServices.GetRequiredService<RecordVisibility>().IsVisibleAsync(id, context.User, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await _usual.HandleAsync(next, context, policy, authorizeResult);
    }
}
