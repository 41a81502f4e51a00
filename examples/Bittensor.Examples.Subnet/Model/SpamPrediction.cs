namespace Bittensor.Examples.Subnet.Model;

/// <summary>A classifier's answer: the verdict and the probability of spam behind it.</summary>
public readonly record struct SpamPrediction(bool IsSpam, double Probability);
