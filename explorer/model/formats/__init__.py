"""Text forms of facts: clipboard flavours and file exports."""
