namespace Chile1973.Graph.Web.Security;

/// <summary>Each frame ancestor must be a bare http(s) origin, so nothing else can slip into the policy.</summary>
internal sealed class SecurityHeadersOptionsValidator : IValidateOptions<SecurityHeadersOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityHeadersOptions options)
    {
        var problems = options.FrameAncestors
            .Where(origin => !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("https" or "http")
                || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0
                || !string.Equals(origin.TrimEnd('/'), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            .Select(origin => $"SecurityHeaders:FrameAncestors: '{origin}' is not an origin such as https://school.example.")
            .ToList();
        if (options.HstsMaxAge < TimeSpan.Zero)
        {
            problems.Add("SecurityHeaders:HstsMaxAge must not be negative.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
