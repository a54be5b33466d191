Console.Error.WriteLine("usage: arvex-extract <file.pdf> [--pretty]");
return 2;
