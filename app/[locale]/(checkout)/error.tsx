"use client";

// Errors inside a route group keep that group's frame (header, footer); the locale-level page catches the rest.
export { default } from "../error";
