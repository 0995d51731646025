// Importing this module (lazily) brings the screens' stylesheet; Vite waits for it before resolving.
import "./screens.css";
