namespace Bittensor.Examples.Subnet.Data;

/// <summary>One labelled email of the corpus.</summary>
/// <param name="Id">Its corpus path, <c>group/file</c> (e.g. <c>spam-1/00001.7c53…txt</c>).</param>
/// <param name="Text">Subject line, blank line, body (headers other than the subject dropped; body truncated).</param>
/// <param name="IsSpam">The label, from the group directory's name.</param>
public sealed record SpamMessage(string Id, string Text, bool IsSpam);
