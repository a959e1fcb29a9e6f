namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>Refuses to start on limits that cannot work, naming the setting.</summary>
internal sealed class HubLimitsOptionsValidator : IValidateOptions<HubLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, HubLimitsOptions options)
    {
        var failures = new List<string>();
        Positive(failures, nameof(HubLimitsOptions.CallsPerSecond), options.CallsPerSecond);
        Positive(failures, nameof(HubLimitsOptions.CallBurst), options.CallBurst);
        Positive(failures, nameof(HubLimitsOptions.MaxConcurrentStreams), options.MaxConcurrentStreams);
        Positive(failures, nameof(HubLimitsOptions.RefusalsBeforeDrop), options.RefusalsBeforeDrop);
        Positive(failures, nameof(HubLimitsOptions.MaxMessageBytes), options.MaxMessageBytes);
        Positive(failures, nameof(HubLimitsOptions.MaxArgumentLength), options.MaxArgumentLength);
        if (options.DroppedAddressPause < TimeSpan.Zero)
        {
            failures.Add($"{HubLimitsOptions.Section}:{nameof(HubLimitsOptions.DroppedAddressPause)} must not be negative; it is {options.DroppedAddressPause}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, double value)
    {
        if (!(value > 0))
        {
            failures.Add($"{HubLimitsOptions.Section}:{key} must be positive; it is {value}.");
        }
    }
}
