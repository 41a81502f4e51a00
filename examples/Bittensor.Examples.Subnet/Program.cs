using Bittensor.Examples.Subnet;

return await SpamSubnetApp.RunAsync(args).ConfigureAwait(false);
