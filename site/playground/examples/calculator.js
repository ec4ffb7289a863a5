import { register, Error } from "@graft-app/graft";

// Gradio's calculator: a gr.Error is shown to the user in a toast.
register("calculate", (a, operation, b) => {
  if (operation === "divide" && b === 0) throw new Error("Cannot divide by zero!");
  return { add: a + b, subtract: a - b, multiply: a * b, divide: a / b }[operation];
});
