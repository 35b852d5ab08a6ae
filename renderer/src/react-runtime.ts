// React and react-dom, which main.tsx loads on their own before the screens (first-screen.tsx):
// evaluating them is then a task of its own, not part of the screens' one long task.
export { createRoot } from 'react-dom/client';
